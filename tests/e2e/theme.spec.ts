import { expect, test } from '@playwright/test';

const diagramPage = '/architecture/overview/';

test('the theme choice persists across pages and recolours diagrams', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(diagramPage);
  const node = page.locator('.hb-diagram .node rect').first();
  await expect(node).toBeVisible();
  const fill = () => node.evaluate((rect) => getComputedStyle(rect).fill);
  const light = await fill();

  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(fill).not.toBe(light);
  const dark = await fill();

  await page.goto('/xds/overview/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => page.locator('.hb-diagram .node rect').first().evaluate((rect) => getComputedStyle(rect).fill))
    .toBe(dark);
});
