import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the build reads chapters from and writes to. Astro's srcDir is the repository root, so
 * Starlight finds the chapters in its own place, `<srcDir>/content/docs/`. The build-gate tests
 * point these at temporary folders to build a fixture (one broken page, say) with the real site
 * code, without touching the real content, `dist/` or Astro's content cache.
 */
export const srcDir = process.env.HANDBOOK_SRC_DIR ?? '.';
export const contentDir = join(srcDir, 'content', 'docs');
export const outDir = process.env.HANDBOOK_OUT_DIR ?? './dist';
export const astroCacheDir = process.env.HANDBOOK_ASTRO_CACHE_DIR ?? './node_modules/.astro';

/**
 * Readies another source folder (the value of HANDBOOK_SRC_DIR) to build with the site's real UI
 * strings (`content/i18n`) and collection config, which Astro reads from the source folder. `root`
 * is the repository.
 */
export function shareSiteConfig(otherSrcDir: string, root: string): void {
  cpSync(join(root, 'content', 'i18n'), join(otherSrcDir, 'content', 'i18n'), { recursive: true });
  writeFileSync(join(otherSrcDir, 'content.config.ts'), `export { collections } from ${JSON.stringify(join(root, 'content.config.ts'))};\n`);
}
