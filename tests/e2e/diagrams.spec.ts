import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('diagrams arrive as labelled SVG and no Mermaid code is downloaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/architecture/overview/');
  const svg = page.locator('.hb-diagram__light svg').first();
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute('role', 'img');
  const titleId = await svg.getAttribute('aria-labelledby');
  expect(await svg.locator(`title[id="${titleId}"]`).textContent()).toBeTruthy();
  // Diagram text is real text, not a picture of text.
  expect((await svg.locator('text').allTextContents()).join(' ')).toMatch(/istiod/i);
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.some((body) => body.includes('mermaid'))).toBe(false);
});

test('the built site ships no Mermaid code at all', () => {
  const assets = join(import.meta.dirname, '..', '..', 'dist', '_astro');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const withMermaid = scripts.filter((name) => /mermaid/i.test(name) || readFileSync(join(assets, name), 'utf8').includes('mermaid.initialize'));
  expect(withMermaid).toEqual([]);
});

test('a diagram wider than the column opens full size and closes again, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/architecture/overview/');
  const figure = page.locator('figure.hb-diagram:has(.hb-diagram__zoom)').first();
  // Without JavaScript Starlight keeps its default (dark) theme: measure whichever rendering shows.
  const svg = figure.locator('svg[role="img"]:visible');
  const natural = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  const inColumn = (await svg.boundingBox())!.width;
  expect(inColumn).toBeLessThan(natural);

  await figure.locator('.hb-diagram__zoom').click();
  await expect(figure.locator('.hb-diagram__close')).toBeVisible();
  expect(Math.round((await svg.boundingBox())!.width)).toBe(Math.ceil(natural));

  await figure.locator('.hb-diagram__close').click();
  await expect(figure.locator('.hb-diagram__close')).toBeHidden();
  expect((await svg.boundingBox())!.width).toBeCloseTo(inColumn, 0);
  await context.close();
});
