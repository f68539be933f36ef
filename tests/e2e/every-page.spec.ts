import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, translatedPageSample } from './built-pages.ts';

const pages = [...builtPages(), ...translatedPageSample()];
/** The axe rules whose outcome depends on colours (WCAG AA). */
const colourRules = ['color-contrast', 'link-in-text-block'];

test('the build has the chapters', () => {
  expect(builtPages().length).toBeGreaterThan(20);
});

for (const path of pages) {
  // One page load per page, both themes: Starlight themes a page by <html data-theme>, which its theme
  // picker switches in place, so the dark check reads the same document with the dark styles applied.
  test(`${path}: no serious accessibility violation in either theme, no outside request, no console error`, async ({ page, baseURL }) => {
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
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    await page.goto(path);
    // Expressive Code makes overflowing code blocks focusable after layout settles (~250 ms).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.expressive-code pre')].every(
        (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
      ),
    );
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((chosen) => (document.documentElement.dataset.theme = chosen), theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Light: every rule. Dark: the same DOM in other colours, so only the rules that read colours can
      // differ; re-running the structural ones would repeat the light pass's answers at twice the cost.
      const axe = theme === 'light' ? new AxeBuilder({ page }) : new AxeBuilder({ page }).withRules(colourRules);
      const results = await axe.analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious, theme).toEqual([]);
    }
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
