import { expect, test } from '@playwright/test';

test('the language picker switches a chapter between English and Chinese', async ({ page }) => {
  await page.goto('/xds/transport/');
  await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh-cn\/xds\/transport\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/xds\/transport\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Chinese page speaks Chinese: sidebar parts, badges and translation status', async ({ page }) => {
  await page.goto('/zh-cn/architecture/overview/');
  await expect(page.locator('#starlight__sidebar')).toContainText('架构');
  await expect(page.locator('.hb-page-meta')).toContainText('阅读约');
  await expect(page.locator('.hb-page-meta')).toHaveAttribute('data-translation-status', /^(current|stale)$/);
});

test('the translation status page lists every English page', async ({ page }) => {
  await page.goto('/appendix/translation-status/');
  const rows = page.locator('[data-translation-row]');
  expect(await rows.count()).toBeGreaterThan(50);
  await expect(page.locator('[data-translation-row="current"]').first()).toBeVisible();
});

test('a search started on a Chinese page returns Chinese pages', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.keyboard.press('/');
  await page.locator('[data-search-ui] input').fill('服务网格');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /^\/zh-cn\//);
});
