import { expect, test } from '@playwright/test';

test('search code loads only when the reader opens search', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (/pagefind/i.test(request.url())) pagefindRequests.push(request.url());
  });
  await page.goto('/xds/overview/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);

  await page.keyboard.press('/');
  const input = page.locator('dialog[open] input[type="text"], dialog[open] input[type="search"]').first();
  await expect(input).toBeFocused();
  expect(pagefindRequests.length).toBeGreaterThan(0);
});

test('Ctrl+K opens search and a query finds the chapter that teaches it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await dialog.locator('input').first().fill('ztunnel');
  const firstResult = dialog.locator('.pagefind-ui__result').first();
  await expect(firstResult).toBeVisible();
  await expect(firstResult.locator('mark').first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /ambient/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('results can be filtered by part of the book', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input').first().fill('listener');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  // The part filter is shown expanded (openFilters in Search.astro).
  const xdsFilter = dialog.getByRole('checkbox', { name: /Envoy and xDS/ });
  await xdsFilter.check();
  const links = dialog.locator('.pagefind-ui__result-link');
  // The list re-renders after the filter applies: wait until it holds only xDS pages.
  await expect
    .poll(async () => {
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.length > 0 && hrefs.every((href) => href.startsWith('/xds/'));
    })
    .toBe(true);
});
