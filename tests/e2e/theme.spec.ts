import { expect, test } from '@playwright/test';

const diagramPage = '/architecture/overview/';

test('the theme choice persists across pages and recolours diagrams', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(diagramPage);
  const light = page.locator('.hb-diagram__light svg').first();
  const dark = page.locator('.hb-diagram__dark svg').first();
  await expect(light).toBeVisible();
  await expect(dark).toBeHidden();

  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();

  await page.goto('/xds/overview/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.hb-diagram__dark svg').first()).toBeVisible();
});
