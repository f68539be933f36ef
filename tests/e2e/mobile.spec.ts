import { expect, test } from '@playwright/test';

test('on a phone the menu button opens and closes the sidebar', async ({ page }) => {
  await page.goto('/architecture/overview/');
  const menu = page.locator('button.sl-menu-button');
  const sidebar = page.locator('#starlight__sidebar');
  await expect(menu).toBeVisible();
  await expect(sidebar).toBeHidden();
  await menu.click();
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: /istiod/ })).toBeVisible();
  await sidebar.getByRole('link', { name: /istiod/ }).click();
  await expect(page).toHaveURL(/\/architecture\/istiod\/$/);
});

test('on a phone a wide diagram scrolls sideways instead of shrinking its text', async ({ page }) => {
  await page.goto('/architecture/overview/');
  const frame = page.locator('.hb-diagram__frame').first();
  const svg = frame.locator('svg');
  const natural = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  test.skip(natural <= 400, 'the first diagram is narrow enough to fit a phone');
  const { clientWidth, scrollWidth } = await frame.evaluate((el) => ({ clientWidth: el.clientWidth, scrollWidth: el.scrollWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
});
