import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFixture } from './build-fixture.ts';

/** Runs `npm run new` against the site whose chapters are in `<srcDir>/content/docs`. */
function scaffold(srcDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/new-chapter.ts', ...args], {
    cwd: join(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, HANDBOOK_SRC_DIR: srcDir },
  });
}

test('a scaffolded chapter builds and appears in its part of the sidebar', () => {
  let created = '';
  const build = buildFixture({}, (contentDir) => {
    const result = scaffold(join(contentDir, '..', '..'), 'traffic', 'retries', 'Timeouts and retries');
    assert.equal(result.status, 0, result.stderr);
    created = join(contentDir, 'traffic', 'retries.mdx');
  });
  assert.ok(existsSync(created));
  assert.match(readFileSync(created, 'utf8'), /^title: "Timeouts and retries"$/m);
  assert.equal(build.ok, true, build.output.slice(-3000));
  const page = readFileSync(join(build.outDir, 'traffic', 'retries', 'index.html'), 'utf8');
  assert.match(page, /<h1[^>]*>Timeouts and retries<\/h1>/);
  assert.match(page, /Traffic management[\s\S]*href="\/traffic\/retries\/"/);
});

test('the scaffold refuses an unknown part and an existing slug, and says why', () => {
  const site = join(import.meta.dirname, '..', 'fixtures', 'site');
  const unknown = scaffold(site, 'networking', 'x', 'X');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /unknown part "networking"\. Parts: start, cloud-native/);
  const existing = scaffold(site, 'xds', 'diagram', 'Again');
  assert.equal(existing.status, 1);
  assert.match(existing.stderr, /diagram\.mdx already exists/);
});
