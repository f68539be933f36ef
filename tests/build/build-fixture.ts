import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixtureSite = join(root, 'tests', 'fixtures', 'site');

/** The outcome of a real `npm run build` over a fixture content folder. */
export interface FixtureBuild {
  ok: boolean;
  output: string;
  contentDir: string;
  /** Whether the output folder exists after the build (a failed build must leave none). */
  shipped: boolean;
}

/**
 * Copies the small fixture site to a temporary folder, adds `pages` (path -> source), and runs the
 * real build script on it, with its own output and Astro cache folders.
 */
export function buildFixture(pages: Record<string, string>, prepare?: (contentDir: string) => void): FixtureBuild {
  const work = mkdtempSync(join(tmpdir(), 'handbook-fixture-'));
  const contentDir = join(work, 'content');
  cpSync(fixtureSite, contentDir, { recursive: true });
  for (const [path, source] of Object.entries(pages)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), source);
  }
  prepare?.(contentDir);
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      HANDBOOK_CONTENT_DIR: contentDir,
      HANDBOOK_OUT_DIR: outDir,
      HANDBOOK_ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // Astro colours its messages; strip ANSI codes so assertions read plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, contentDir, shipped: existsSync(join(outDir, 'index.html')) };
}

/** A chapter page with valid front matter and the given body. */
export function chapter(body: string, frontMatter = 'istioVersion: "1.31"'): string {
  return `---\ntitle: Broken page\ndescription: A page with one deliberate mistake.\n${frontMatter}\n---\n\nIntro paragraph.\n\n${body}\n`;
}
