import type { Page } from '@playwright/test';
import { searchRanking } from '../../src/search/ranking.ts';

/**
 * Loads the site's Pagefind index in the browser page, with the site's ranking. Pagefind picks the
 * index of the language of the page it starts on: `from` an English page, or a Chinese one.
 */
export async function loadPagefind(page: Page, from = '/404.html'): Promise<void> {
  await page.goto(from);
  await page.evaluate(async (ranking) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.options({ ranking });
    await pagefind.init();
    (window as unknown as { hbPagefind: unknown }).hbPagefind = pagefind;
  }, searchRanking);
}

/**
 * The URLs of the top `count` results for a query, best first, and the time in ms the browser took
 * to search and load those results (what a reader waits for; the benchmark reports it).
 */
export async function topResults(page: Page, query: string, count = 3): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate(
    async ({ query, count }) => {
      const pagefind = (window as unknown as { hbPagefind: { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }).hbPagefind;
      const start = performance.now();
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
      return { urls: data.map((item) => item.url), ms: performance.now() - start };
    },
    { query, count },
  );
}
