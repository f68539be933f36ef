import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentDir } from '../../src/build/paths.ts';
import { repositoryUrl, siteUrl } from '../../src/build/site.ts';
import { readFrontMatter } from '../../src/chapters/front-matter.ts';

/** Pages to check, each with what its share card and report link must say, read from its source. */
const cases = [
  {
    path: '/security/authorization/',
    source: 'security/authorization.mdx',
    card: '/og/security/authorization.png',
    type: 'article',
    locale: 'en_US',
    alt: (title: string, version: string) => `Istio Handbook: ${title} (Security · Istio ${version})`,
    reportText: 'Report a mistake on this page',
  },
  {
    path: '/',
    source: 'index.mdx',
    card: '/og/index.png',
    type: 'website',
    locale: 'en_US',
    alt: (title: string, version: string) => `Istio Handbook: ${title} (Istio ${version})`,
    reportText: 'Report a mistake on this page',
  },
  {
    path: '/zh-cn/security/authorization/',
    source: 'zh-cn/security/authorization.mdx',
    card: '/og/zh-cn/security/authorization.png',
    type: 'article',
    locale: 'zh_CN',
    alt: (title: string, version: string) => `Istio Handbook：${title}（安全 · Istio ${version}）`,
    reportText: '报告本页的错误',
  },
].map((page) => {
  const { title, description, istioVersion } = readFrontMatter(join(contentDir, page.source)) as Record<string, string>;
  return { ...page, title: title!, description: description!, istioVersion: istioVersion! };
});

/** The content of the one `<meta>` whose `property` or `name` is `key`; fails if there is none or more than one. */
async function metaContent(page: Page, key: string): Promise<string | null> {
  const tags = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
  await expect(tags, `exactly one ${key}`).toHaveCount(1);
  return tags.getAttribute('content');
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const c of cases) {
  test.describe(c.path, () => {
    test('has every Open Graph and X tag, once, with the page’s values', async ({ page }) => {
      await page.goto(c.path);
      const image = new URL(c.card, siteUrl).href;
      const alt = c.alt(c.title, c.istioVersion);
      const expected: Record<string, string> = {
        'og:title': c.title,
        'og:description': c.description,
        'og:type': c.type,
        'og:url': new URL(c.path, siteUrl).href,
        'og:locale': c.locale,
        'og:site_name': 'Istio Handbook',
        'og:image': image,
        'og:image:type': 'image/png',
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:alt': alt,
        'twitter:card': 'summary_large_image',
        'twitter:image': image,
        'twitter:image:alt': alt,
      };
      for (const [key, value] of Object.entries(expected)) expect(await metaContent(page, key), key).toBe(value);
    });

    test('links its share card, a 1200×630 PNG in the build', async ({ page, request }) => {
      await page.goto(c.path);
      const image = new URL((await metaContent(page, 'og:image'))!);
      expect(image.origin).toBe(new URL(siteUrl).origin);
      const response = await request.get(image.pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });

    test('reports a mistake through the correction form, pre-filled with the page', async ({ page }) => {
      await page.goto(c.path);
      const link = page.locator('a[data-report-mistake]');
      await expect(link).toHaveCount(1);
      await expect(link).toBeVisible();
      await expect(link).toHaveText(c.reportText);
      // Beside the edit link, in the footer that stays out of the search index.
      await expect(page.locator('footer .hb-edit-links').locator('a[data-report-mistake]')).toHaveCount(1);
      await expect(page.locator('[data-pagefind-ignore] a[data-report-mistake]')).toHaveCount(1);

      const url = new URL((await link.getAttribute('href'))!);
      expect(`${url.origin}${url.pathname}`).toBe(`${repositoryUrl}/issues/new`);
      expect(url.searchParams.get('template')).toBe('correction.yml');
      expect(url.searchParams.get('title')).toBe(`Correction: ${c.title}`);
      expect(url.searchParams.get('page')).toBe(new URL(c.path, siteUrl).href);
      expect(url.searchParams.get('istio-version')).toBe(c.istioVersion);
    });
  });
}

test('each page has its own share card', async ({ request }) => {
  const bodies = await Promise.all(cases.map(async (c) => (await request.get(c.card)).body()));
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      expect(bodies[i]!.equals(bodies[j]!), `${cases[i]!.card} and ${cases[j]!.card} differ`).toBe(false);
    }
  }
});
