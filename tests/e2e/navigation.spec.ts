import { expect, test } from '@playwright/test';

test('a reader goes from the landing page through the sidebar to a chapter and on', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Istio Handbook/);
  // The splash landing page has no sidebar; its first call to action leads into the book.
  await page.locator('.hero a.sl-link-button').first().click();
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByText('Architecture', { exact: true })).toBeVisible();
  await sidebar.getByRole('link', { name: /istiod/ }).click();
  await expect(page).toHaveURL(/\/architecture\/istiod\/$/);
  await expect(page.locator('h1')).toContainText('istiod');
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', '/architecture/istiod/');

  // The table of contents jumps to a section.
  const tocLink = page.locator('starlight-toc a[href^="#"]').nth(1);
  const anchor = (await tocLink.getAttribute('href'))!;
  await tocLink.click();
  await expect(page).toHaveURL(new RegExp(`${anchor}$`));
  await expect(page.locator(anchor)).toBeInViewport();

  // Next and previous follow sidebar order.
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/architecture\/sidecar-injection\/$/);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/architecture\/istiod\/$/);
});

test('every chapter shows the Istio release it was checked against', async ({ page }) => {
  await page.goto('/xds/overview/');
  await expect(page.locator('.hb-page-meta__version')).toHaveText(/^Istio 1\.\d+$/);
  await expect(page.locator('.hb-page-meta')).toContainText('min read');
});

test('a chapter links to its source for editing and says when it last changed', async ({ page }) => {
  await page.goto('/architecture/overview/');
  await expect(page.locator('a[href*="/edit/main/content/docs/architecture/overview.mdx"]')).toBeVisible();
  await expect(page.locator('footer')).toContainText(/Last updated/);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(/not found|404/i);
  await expect(page.locator('header a[href="/"]').first()).toBeVisible();
});
