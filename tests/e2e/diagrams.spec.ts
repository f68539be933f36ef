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
