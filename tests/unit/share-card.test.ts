import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cardDetails, cardPalette, cardPath, isLandingPage, langOfEntry, ogLocale } from '../../src/share/card.ts';
import { cardFontFiles } from '../../src/share/fonts.ts';

test('names each card after its page, the landing pages included', () => {
  assert.equal(cardPath('security/authorization'), '/og/security/authorization.png');
  assert.equal(cardPath('zh-cn/security/authorization'), '/og/zh-cn/security/authorization.png');
  assert.equal(cardPath(''), '/og/index.png');
  assert.equal(cardPath('zh-cn'), '/og/zh-cn.png');
});

test("shows the page's part in its language and the Istio release", () => {
  assert.equal(cardDetails('security/authorization', '1.31'), 'Security · Istio 1.31');
  assert.equal(cardDetails('zh-cn/security/authorization', '1.31'), '安全 · Istio 1.31');
  assert.equal(cardDetails('zh-cn', '1.31'), 'Istio 1.31');
  assert.equal(cardDetails('', undefined), '');
});

test('reads the language from the translation folder', () => {
  assert.equal(langOfEntry('zh-cn/xds/transport'), 'zh-CN');
  assert.equal(langOfEntry('xds/transport'), 'en');
});

test('knows the landing pages', () => {
  assert.ok(isLandingPage('') && isLandingPage('index') && isLandingPage('zh-cn'));
  assert.ok(!isLandingPage('start/how-to-read') && !isLandingPage('zh-cn/start/how-to-read'));
});

test("uses Starlight's dark palette", () => {
  // --sl-color-black hsl(224, 10%, 10%) and --sl-color-accent hsl(224, 100%, 60%), as browsers compute them.
  assert.deepEqual(cardPalette.background, [23, 24, 28]);
  assert.deepEqual(cardPalette.edge, [51, 105, 255]);
  assert.deepEqual(cardPalette.details, [179, 199, 255]);
});

test('writes Open Graph locales as language_TERRITORY', () => {
  assert.equal(ogLocale('en'), 'en_US');
  assert.equal(ogLocale('zh-CN'), 'zh_CN');
});

test('stops with a hint when the card fonts are missing', () => {
  const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
  process.env.HANDBOOK_CJK_FONT_DIR = empty;
  try {
    assert.throws(() => cardFontFiles(), (error: Error) => {
      assert.match(error.message, /NotoSansCJK-Regular\.ttc/);
      assert.match(error.message, new RegExp(empty));
      assert.match(error.message, /apt-get install fonts-noto-cjk/);
      return true;
    });
  } finally {
    delete process.env.HANDBOOK_CJK_FONT_DIR;
    rmSync(empty, { recursive: true });
  }
});
