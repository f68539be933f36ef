import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { palette } from '../../src/diagrams/palette.ts';

const diagramPage = '/xds/istio-to-envoy/';
/** A chapter without a single diagram. */
const plainPage = '/appendix/glossary/';
/** The zoom dialog's module (zoom-dialog.ts with Panzoom), bundled from ZoomScript.astro. */
const zoomModule = /ZoomScript|zoom-dialog/;
/** The most script a chapter may load before any interaction (scripts/bench.ts measures the same). */
const SCRIPT_BUDGET_BYTES = 15_360;

async function withTheme(page: Page, theme: 'light' | 'dark', path: string) {
  await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** External script bodies plus inline script text, loaded before any interaction. */
async function scriptBytesOnLoad(page: Page, path: string): Promise<{ bytes: number; urls: string[] }> {
  const bodies: Promise<number>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    urls.push(response.url());
    bodies.push(response.body().then((body) => body.length));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const external = (await Promise.all(bodies)).reduce((sum, length) => sum + length, 0);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + s.text.length, 0));
  return { bytes: external + inline, urls };
}

test('diagrams arrive as labelled SVG and no Mermaid code is downloaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/architecture/overview/');
  const svg = page.locator('.hb-diagram svg').first();
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

test('each figure holds exactly one SVG', async ({ page }) => {
  await page.goto(diagramPage);
  const figures = page.locator('figure.hb-diagram');
  const count = await figures.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await expect(figures.nth(i).locator('svg')).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`diagrams take the site's ${theme} colours`, async ({ page }) => {
    await withTheme(page, theme, diagramPage);
    const node = page.locator('.hb-diagram .node rect').first();
    await expect(node).toBeVisible();
    const colours = await node.evaluate((rect, expected) => {
      const resolve = (value: string) => {
        const probe = document.createElement('span');
        probe.style.color = value;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      const edge = document.querySelector('.hb-diagram .flowchart-link')!;
      return {
        nodeFill: getComputedStyle(rect).fill,
        nodeStroke: getComputedStyle(rect).stroke,
        edgeStroke: getComputedStyle(edge).stroke,
        labelFill: getComputedStyle(document.querySelector('.hb-diagram .node text')!).fill,
        nodeVariable: resolve('var(--hb-diagram-node)'),
        expected: Object.fromEntries(Object.entries(expected).map(([role, value]) => [role, resolve(value)])),
      };
    }, Object.fromEntries(palette.map((entry) => [entry.role, entry[theme].value])));
    expect(colours.nodeFill).toBe(colours.nodeVariable);
    expect(colours.nodeFill).toBe(colours.expected.node);
    expect(colours.nodeStroke).toBe(colours.expected['node-border']);
    expect(colours.edgeStroke).toBe(colours.expected.line);
    expect(colours.labelFill).toBe(colours.expected.text);
  });
}

test('a diagram changes colour with the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(diagramPage);
  const node = page.locator('.hb-diagram .node rect').first();
  const light = await node.evaluate((rect) => getComputedStyle(rect).fill);
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await node.evaluate((rect) => getComputedStyle(rect).fill);
  expect(dark).not.toBe(light);
});

test('a diagram wider than the column opens full size and closes again, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/architecture/overview/');
  const figure = page.locator('figure.hb-diagram:has(.hb-diagram__zoom)').first();
  const svg = figure.locator('svg[role="img"]');
  const natural = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  const inColumn = (await svg.boundingBox())!.width;
  expect(inColumn).toBeLessThan(natural);
  // Without JavaScript there is no zoom dialog, so no button that would do nothing.
  await expect(figure.locator('.hb-diagram__open')).toBeHidden();

  await figure.locator('.hb-diagram__zoom').click();
  await expect(figure.locator('.hb-diagram__close')).toBeVisible();
  expect(Math.round((await svg.boundingBox())!.width)).toBe(Math.ceil(natural));

  await figure.locator('.hb-diagram__close').click();
  await expect(figure.locator('.hb-diagram__close')).toBeHidden();
  expect((await svg.boundingBox())!.width).toBeCloseTo(inColumn, 0);
  await context.close();
});

async function transformOf(page: Page): Promise<string> {
  return page.locator('dialog[data-hb-zoom] svg').evaluate((svg) => getComputedStyle(svg).transform);
}

test('a click opens a diagram enlarged, with pan and zoom; Escape closes it and focus returns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const zoomScripts: string[] = [];
  page.on('request', (request) => {
    if (zoomModule.test(request.url())) zoomScripts.push(request.url());
  });
  await page.goto(diagramPage);
  const figure = page.locator('figure.hb-diagram').first();
  const open = figure.locator('.hb-diagram__open');
  expect(zoomScripts, 'Panzoom loads on first use, not with the page').toEqual([]);

  await open.click();
  const dialog = page.locator('dialog[data-hb-zoom]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('svg[role="img"]')).toHaveCount(1);
  await expect(figure.locator('svg')).toHaveCount(0);
  expect(zoomScripts.length).toBe(1);

  const start = await transformOf(page);
  await dialog.locator('[data-zoom="in"]').click();
  await expect.poll(() => transformOf(page)).not.toBe(start);
  const zoomed = await transformOf(page);

  const stage = dialog.locator('.hb-zoom__stage');
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transformOf(page)).not.toBe(zoomed);
  const panned = await transformOf(page);

  await page.mouse.wheel(0, -300);
  await expect.poll(() => transformOf(page)).not.toBe(panned);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(figure.locator('svg[role="img"]')).toHaveCount(1);
  await expect(open).toBeFocused();
});

for (const key of ['Enter', ' '] as const) {
  test(`${key === ' ' ? 'Space' : key} on a focused diagram opens it; Escape returns focus to it`, async ({ page }) => {
    await page.goto(diagramPage);
    const frame = page.locator('figure.hb-diagram .hb-diagram__frame').first();
    await frame.focus();
    await page.keyboard.press(key);
    const dialog = page.locator('dialog[data-hb-zoom]');
    await expect(dialog).toBeVisible();
    const start = await transformOf(page);
    await page.keyboard.press('+');
    await expect.poll(() => transformOf(page)).not.toBe(start);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(frame).toBeFocused();
  });
}

test('a page without diagrams loads no zoom script', async ({ page }) => {
  const { urls } = await scriptBytesOnLoad(page, plainPage);
  await expect(page.locator('figure.hb-diagram')).toHaveCount(0);
  expect(urls.filter((url) => zoomModule.test(url))).toEqual([]);
  await expect(page.locator('dialog[data-hb-zoom], #hb-zoom-module')).toHaveCount(0);
  const inline = await page.evaluate(() => [...document.scripts].map((script) => script.text).join('\n'));
  expect(inline).not.toContain('hb-zoom');
});

test('a chapter with diagrams stays within the script budget before interaction', async ({ page }) => {
  const { bytes, urls } = await scriptBytesOnLoad(page, diagramPage);
  const inline = await page.evaluate(() => [...document.scripts].map((script) => script.text).join('\n'));
  expect(inline, 'the zoom bootstrap is there').toContain('hb-zoom');
  expect(urls.filter((url) => zoomModule.test(url))).toEqual([]);
  expect(bytes).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
});
