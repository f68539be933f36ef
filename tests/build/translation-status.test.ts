import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stamp } from '../../src/i18n/translation-status.ts';
import { buildFixture } from './build-fixture.ts';

test('editing an English page turns its translation stale: notice, link to the original, status attribute', () => {
  const english = '---\ntitle: Untranslated\ndescription: An English page with no Chinese translation.\nistioVersion: "1.31"\n---\n\nOnly in English.\n';
  const build = buildFixture({ 'xds/untranslated.mdx': english }, (contentDir) => {
    // Both Chinese pages are stamped as translations of the English pages as they are now...
    stamp(contentDir, join(contentDir, 'zh-cn', 'xds', 'diagram.mdx'), 'zh-cn');
    stamp(contentDir, join(contentDir, 'zh-cn', 'start', 'intro.mdx'), 'zh-cn');
    // ...then the English diagram page changes.
    appendFileSync(join(contentDir, 'xds', 'diagram.mdx'), '\nA sentence added to the English original.\n');
  });
  assert.equal(build.ok, true, build.output.slice(-3000));
  const stale = readFileSync(join(build.outDir, 'zh-cn', 'xds', 'diagram', 'index.html'), 'utf8');
  assert.match(stale, /data-translation-status="stale"/);
  assert.match(stale, /英文原文已有更新[\s\S]*?<a href="\/xds\/diagram\/" hreflang="en"[^>]*>阅读英文原文<\/a>/);
  const current = readFileSync(join(build.outDir, 'zh-cn', 'start', 'intro', 'index.html'), 'utf8');
  assert.match(current, /data-translation-status="current"/);
  assert.doesNotMatch(current, /英文原文已有更新/);
  // A page with no translation falls back to English, with Starlight's notice, and says so.
  const missing = readFileSync(join(build.outDir, 'zh-cn', 'xds', 'untranslated', 'index.html'), 'utf8');
  assert.match(missing, /data-translation-status="missing"/);
  // English pages carry no translation status.
  assert.doesNotMatch(readFileSync(join(build.outDir, 'xds', 'diagram', 'index.html'), 'utf8'), /data-translation-status/);
});
