import { expect, test } from '@playwright/test';
import { loadPagefind, topResults } from './pagefind.ts';
import { searchQueries, zhSearchQueries } from './search-queries.ts';

// One browser page per language runs all of its queries (loading the index once); each query is its
// own soft assertion, so a run reports every query that misses, not just the first.
for (const { lang, from, queries, minimum } of [
  { lang: 'English', from: '/404.html', queries: searchQueries, minimum: 40 },
  { lang: 'Chinese', from: '/zh-cn/', queries: zhSearchQueries, minimum: 60 },
]) {
  test(`each ${lang} reader query finds the page that teaches it in the top 3`, async ({ page }) => {
    test.setTimeout(queries.length * 2_000 + 30_000);
    expect(queries.length).toBeGreaterThanOrEqual(minimum);
    await loadPagefind(page, from);
    for (const { query, page: expected } of queries) {
      const { urls } = await topResults(page, query);
      expect.soft(urls, `"${query}" should rank ${expected} in the top 3; ranked instead: ${urls.join(', ') || 'nothing'}`).toContain(expected);
    }
  });
}
