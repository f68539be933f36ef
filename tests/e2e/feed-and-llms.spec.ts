import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
// The XML parser @astrojs/rss itself uses.
import { XMLParser } from 'fast-xml-parser';
import { parts } from '../../src/chapters/parts.ts';
import { releaseInSubject } from '../../src/changes/git-history.ts';

const root = join(import.meta.dirname, '..', '..');

/** A URL's path, so links written with the configured site address are requested from the preview server. */
const pathOf = (url: string) => new URL(url).pathname;

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The page title (Starlight's `<h1 id="_top">`) of a built page's HTML, entities decoded. */
function h1Of(html: string): string | undefined {
  const title = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  const entities: Record<string, string> = { '&amp;': '&', '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
  return title?.replace(/&(?:amp|#39|quot|lt|gt);/g, (entity) => entities[entity]!);
}

interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
  guid: { '#text': string; '@_isPermaLink': string };
}

async function feed(request: APIRequestContext) {
  const xml = await text(request, '/rss.xml');
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: { title: string; link: string; item: FeedItem | FeedItem[] } } };
  return { xml, ...parsed.rss.channel, items: ([] as FeedItem[]).concat(parsed.rss.channel.item) };
}

test.describe('the feed of chapter updates', () => {
  test('/rss.xml is RSS 2.0 with a channel and up to 50 items, newest first, each with title, link, date and subject', async ({ page, request }) => {
    const channel = await feed(request);
    // Well-formed by the browser's own XML parser (fast-xml-parser is lenient).
    const errors = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length, channel.xml);
    expect(errors).toBe(0);
    expect(channel.title).toBe('Istio Handbook: chapter updates');
    expect(channel.items.length).toBeGreaterThan(0);
    expect(channel.items.length).toBeLessThanOrEqual(50);
    const dates = channel.items.map((item) => Date.parse(item.pubDate));
    for (const item of channel.items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/[a-z-]+\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.guid['@_isPermaLink']).toBe('false');
    }
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(channel.items.map((item) => item.guid['#text'])).size).toBe(channel.items.length);
  });

  test('the newest item is the newest commit that touched an English chapter, with its subject', async ({ request }) => {
    const [newest] = (await feed(request)).items;
    const chapterDirs = parts.map((part) => `content/docs/${part.dir}`);
    const [date, subject] = execFileSync('git', ['log', '-1', '--no-merges', '--format=%cI%x00%s', '--', ...chapterDirs], { cwd: root, encoding: 'utf8' }).trim().split('\0');
    expect(Date.parse(newest!.pubDate)).toBe(Date.parse(date!));
    expect(newest!.description).toBe(subject);
  });

  test('every item links to a built chapter whose title is the item title', async ({ request }) => {
    const items = (await feed(request)).items;
    const titles = new Map(items.map((item) => [pathOf(item.link), item.title]));
    for (const [path, title] of titles) {
      expect(h1Of(await text(request, path)), path).toBe(title);
    }
  });

  test('every page names the feed in its head', async ({ page }) => {
    for (const path of ['/', '/xds/transport/', '/zh-cn/xds/transport/']) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    }
  });
});

test.describe('the What changed page', () => {
  test('is in the sidebar, lists the same updates as the feed, marks release checks, and links the feed', async ({ page, request }) => {
    await page.goto('/xds/transport/');
    await page.locator('#starlight__sidebar a[href="/appendix/what-changed/"]').click();
    await expect(page).toHaveURL(/\/appendix\/what-changed\/$/);
    await expect(page.locator('h1')).toHaveText('What changed');
    await expect(page.locator('.sl-markdown-content a[href="/rss.xml"]')).toBeVisible();

    const entries = page.locator('[data-changes] > li');
    expect(await entries.count()).toBeGreaterThan(0);
    // The first entry is the feed's first item: same date, same subject, its chapter listed.
    const [newest] = (await feed(request)).items;
    const first = entries.first();
    expect(Date.parse((await first.locator('time').getAttribute('datetime'))!)).toBe(Date.parse(newest!.pubDate));
    await expect(first.locator('p').first()).toContainText(newest!.description);
    await expect(first.locator(`a[href="${pathOf(newest!.link)}"]`)).toHaveText(newest!.title);

    for (const entry of await entries.all()) {
      const line = (await entry.locator('p').first().textContent()) ?? '';
      const badge = entry.locator('p').first().locator('.sl-badge');
      const release = releaseInSubject(line.replace((await badge.count()) > 0 ? ((await badge.textContent()) ?? '') : '', ''));
      if (release) await expect(entry.locator('.sl-badge')).toHaveText(`Checked against Istio ${release}`);
      expect(await entry.locator('ul > li > a').count()).toBeGreaterThan(0);
    }
  });

  test('the Chinese page lists the same updates with the Chinese chapter titles and addresses', async ({ page }) => {
    await page.goto('/appendix/what-changed/');
    const english = await page.locator('[data-changes] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-commit')));
    await page.goto('/zh-cn/appendix/what-changed/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const chinese = await page.locator('[data-changes] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-commit')));
    expect(chinese).toEqual(english);
    const links = page.locator('[data-changes] ul a');
    const sample = (await links.all()).slice(0, 5);
    expect(sample.length).toBeGreaterThan(0);
    for (const link of sample) {
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/zh-cn\//);
      const title = (await link.textContent())!;
      expect(h1Of(await text(page.request, href)), href).toBe(title);
    }
    // Chinese titles where a translation exists (every chapter has one today).
    await expect(links.first()).toHaveText(/[\u4e00-\u9fff]/);
  });
});

test.describe('llms.txt', () => {
  test('/llms.txt lists every English chapter in the sidebar, each with a Markdown file that starts with its title', async ({ page, request }) => {
    const llms = await text(request, '/llms.txt');
    expect(llms).toMatch(/^# Istio Handbook\n/);
    await page.goto('/start/how-to-read/');
    const sidebar = await page.locator('#starlight__sidebar a[href^="/"]').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })),
    );
    const chapters = sidebar.filter(({ href }) => href !== '/');
    expect(chapters.length).toBeGreaterThan(50);
    const listed = [...llms.matchAll(/^- \[(.+)\]\((\S+\/_llms-txt\/\S+\.txt)\)/gm)].map(([, title, url]) => ({ title: title!, url: url! }));
    expect(listed.map(({ title }) => title)).toEqual(chapters.map(({ title }) => title));
    for (const { title, url } of listed) {
      const markdown = await text(request, pathOf(url));
      expect(markdown, url).toContain(`\n# ${title}\n`);
    }
  });

  test('a chapter Markdown file has the chapter headings, asides and check-yourself answers', async ({ page, request }) => {
    await page.goto('/architecture/ambient/');
    const headings = await page.locator('.sl-markdown-content :is(h2, h3)').evaluateAll((nodes) =>
      nodes.map((node) => `${'#'.repeat(Number(node.tagName[1]))} ${node.textContent!.trim()}`),
    );
    expect(headings.length).toBeGreaterThan(5);
    const llms = await text(request, '/llms.txt');
    const url = /^- \[Ambient mode\]\((\S+)\)/m.exec(llms)?.[1];
    expect(url).toBeTruthy();
    const markdown = await text(request, pathOf(url!));
    // The chapter's own Markdown: a heading's inline code keeps its backticks there.
    const lines = markdown.split('\n').map((line) => line.replaceAll('`', ''));
    for (const heading of headings) expect(lines, heading).toContain(heading);
    // The page's <details> answers are kept (the plugin drops them from llms-small.txt by default).
    const firstAnswer = (await page.locator('.sl-markdown-content details p').first().textContent())!.trim();
    // The page has typographic quotes (smartypants) where the source has straight ones.
    const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[`*]/g, '').replace(/\s+/g, ' ');
    expect(plain(markdown)).toContain(plain(firstAnswer).slice(0, 60));
  });

  test('/llms-full.txt keeps every diagram as its Mermaid source', async ({ request }) => {
    const full = await text(request, '/llms-full.txt');
    const chapter = readFileSync(join(root, 'content/docs/architecture/ambient.mdx'), 'utf8');
    const fence = /^```mermaid[^\n]*\n([\s\S]*?)\n```$/m.exec(chapter)?.[1];
    expect(fence).toBeTruthy();
    expect(full).toContain(`\`\`\`mermaid\n${fence}\n\`\`\``);
    const docs = join(root, 'content/docs');
    const english = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx') && !file.startsWith('zh-cn/'));
    const fences = english.reduce((sum, file) => sum + (readFileSync(join(docs, file), 'utf8').match(/^```mermaid/gm)?.length ?? 0), 0);
    expect(full.match(/^```mermaid/gm)?.length).toBe(fences);
  });
});
