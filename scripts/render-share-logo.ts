// Renders the share cards' logo (src/share/card-logo.png): the site's logo mark and the site title,
// white on transparent, at the size the card draws it (astro-og-canvas takes a raster logo, not SVG).
// The PNG is committed, so the build does not need Chromium for it; run this after changing the logo:
//   npx node scripts/render-share-logo.ts   (the project's Node 24, which runs TypeScript)
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../src/build/chromium.ts';

const mark = readFileSync(new URL('../src/assets/logo.svg', import.meta.url), 'utf8');
const out = new URL('../src/share/card-logo.png', import.meta.url).pathname;

const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  // The cards' own font (see src/share/fonts.ts), so the wordmark matches the title under it.
  await page.setContent(`<!doctype html>
    <style>
      body { margin: 0; background: transparent; }
      #logo { display: inline-flex; align-items: center; gap: 18px; padding: 2px;
        font: 700 44px/1 'Noto Sans CJK SC', sans-serif; color: #fff; }
      #logo svg { width: 64px; height: 64px; }
    </style>
    <div id="logo">${mark}<span>Istio Handbook</span></div>`);
  await page.evaluate(() => document.fonts.ready);
  await page.locator('#logo').screenshot({ path: out, omitBackground: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
