import { expect, test } from '@playwright/test';
import { loadPagefind, topResults } from './pagefind.ts';
import { searchQueries } from './search-queries.ts';

test('the quality suite has enough reader queries', () => {
  expect(searchQueries.length).toBeGreaterThanOrEqual(40);
});

test.describe('each reader query finds the page that teaches it in the top 3', () => {
  for (const { query, page: expected } of searchQueries) {
    test(`"${query}" -> ${expected}`, async ({ page }) => {
      await loadPagefind(page);
      const { urls } = await topResults(page, query);
      expect(urls, `"${query}" should rank ${expected} in the top 3; ranked instead: ${urls.join(', ') || 'nothing'}`).toContain(expected);
    });
  }
});
