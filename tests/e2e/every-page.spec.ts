import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, translatedPageSample } from './built-pages.ts';

const pages = [...builtPages(), ...translatedPageSample()];

test('the build has the chapters', () => {
  expect(builtPages().length).toBeGreaterThan(20);
});

for (const path of pages) {
  test.describe(path, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`${theme}: no serious accessibility violation, no outside request, no console error`, async ({ page, baseURL }) => {
        const outside: string[] = [];
        const consoleErrors: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (!url.href.startsWith(baseURL!) && url.protocol !== 'data:') outside.push(url.href);
        });
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));
        await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Expressive Code makes overflowing code blocks focusable after layout settles (~250 ms).
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
          ),
        );
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
        expect(outside).toEqual([]);
        expect(consoleErrors).toEqual([]);
      });
    }
  });
}
