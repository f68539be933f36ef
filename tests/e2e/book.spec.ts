import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { collectBook } from '../../src/book/collect.ts';
import { comparableText, openPdf, outlinePages, pageOfDestination } from '../../src/book/print.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');

for (const { root, lang } of [{ root: '/', lang: 'en' }, { root: '/zh-cn/', lang: 'zh-CN' }]) {
  test.describe(`the ${lang} book (${root}handbook.pdf)`, () => {
    const bytes = () => readFileSync(join(dist, root, 'handbook.pdf'));

    test('has every part and chapter in sidebar order, as its outline', async () => {
      const book = collectBook(dist, root);
      const outline = await outlinePages(await openPdf(bytes()));
      // Chromium drops line breaks inside a heading from its bookmark; compare without white space.
      const bare = (title: string) => title.replace(/\s+/g, '');
      expect(outline.map((part) => bare(part.title))).toEqual(book.parts.map((part) => bare(part.label)));
      outline.forEach((part, i) => {
        expect(part.children.map((chapter) => bare(chapter.title))).toEqual(book.parts[i]!.chapters.map((chapter) => bare(chapter.title)));
      });
      const starts = outline.flatMap((part) => [part.page, ...part.children.map((chapter) => chapter.page)]);
      expect(starts.every((page, i) => page > 0 && (i === 0 || page >= starts[i - 1]!))).toBe(true);
    });

    test('its contents give the page where each part and chapter starts', async () => {
      const pdf = await openPdf(bytes());
      const outline = await outlinePages(pdf);
      let contents = '';
      for (let number = 2; number < outline[0]!.page; number++) {
        const content = await (await pdf.getPage(number)).getTextContent();
        contents += content.items.map((item) => ('str' in item ? item.str : '')).join('');
      }
      const listed = comparableText(contents);
      for (const entry of outline.flatMap((part) => [part, ...part.children])) {
        expect(listed, `the contents should list "${entry.title}" on page ${entry.page}`).toContain(`${comparableText(entry.title)}${entry.page}`);
      }
    });

    test('prints every chapter title, keeps text inside the page, and links within the document', async () => {
      // It reads the text and links of every one of some 700 pages.
      test.setTimeout(120_000);
      const pdf = await openPdf(bytes());
      const book = collectBook(dist, root);
      let text = '';
      let internalLinks = 0;
      const overflowing: string[] = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const [, , width] = page.view;
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || !item.str.trim()) continue;
          text += `${item.str}${item.hasEOL ? '\n' : ''}`;
          // No line runs past the right edge of the page (a little slack for glyph overhang).
          if (item.transform[4]! + item.width > width! + 1) overflowing.push(`page ${number}: ${item.str.slice(0, 40)}`);
        }
        for (const annotation of await page.getAnnotations()) {
          if (annotation.subtype !== 'Link' || annotation.url) continue;
          const target = await pageOfDestination(pdf, annotation.dest);
          expect(target, `a link on page ${number} points outside the document`).toBeGreaterThan(0);
          internalLinks++;
        }
      }
      expect(overflowing).toEqual([]);
      expect(internalLinks).toBeGreaterThan(100);
      // Compared without white space and NFKC-normalized (see comparableText).
      const printed = comparableText(text);
      let from = 0;
      for (const chapter of book.parts.flatMap((part) => part.chapters)) {
        const at = printed.indexOf(comparableText(chapter.title), from);
        expect(at, `"${chapter.title}" should follow the chapter before it`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    });

    test('has a running header and a page number on every page but the cover', async () => {
      const pdf = await openPdf(bytes());
      const lines = async (number: number) => {
        const page = await pdf.getPage(number);
        const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim());
        // From the top of the page (PDF coordinates start at the bottom).
        return { height: page.view[3]!, items: items.map((item) => ('str' in item ? { text: item.str.trim(), y: item.transform[5]! } : { text: '', y: 0 })) };
      };
      const cover = await lines(1);
      expect(cover.items.map((item) => item.text)).not.toContain(String(1));
      expect(cover.items.some((item) => item.text.startsWith('Istio Handbook ·'))).toBe(false);
      for (const number of [2, Math.ceil(pdf.numPages / 2), pdf.numPages]) {
        const { height, items } = await lines(number);
        // In the page's top and bottom margins (20 mm and 18 mm, about 57 and 51 points).
        expect(items.some((item) => /^Istio Handbook · Istio \d+\.\d+$/.test(item.text) && item.y > height - 57), `header on page ${number}`).toBe(true);
        expect(items.some((item) => item.text === String(number) && item.y < 51), `page number on page ${number}`).toBe(true);
      }
    });

    test('is tagged, titled, and dated from the last commit rather than the clock', async () => {
      const { info } = (await (await openPdf(bytes())).getMetadata()) as unknown as { info: Record<string, string> };
      expect(info.Title).toBe('Istio Handbook');
      const committed = new Date(Number(spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).stdout.trim()) * 1000);
      const expected = `D:${committed.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;
      expect(info.CreationDate).toBe(expected);
      expect(info.ModDate).toBe(expected);
      expect(bytes().includes('/StructTreeRoot')).toBe(true);
    });
  });
}

test('every page links the PDF with its size and page count', async ({ page }) => {
  await page.goto('/xds/transport/');
  await expect(page.locator('.hb-download')).toContainText(/Download the handbook \(PDF, \d+\.\d MB, \d+ pages\)/);
  await page.goto('/zh-cn/xds/transport/');
  await expect(page.locator('.hb-download a')).toHaveAttribute('href', '/zh-cn/handbook.pdf');
  await expect(page.locator('.hb-download')).toContainText(/PDF，\d+\.\d MB，\d+ 页/);
  await page.goto('/');
  // The landing page says it in its text, too.
  const intro = page.locator('.sl-markdown-content p', { has: page.locator('a[href="/handbook.pdf"]') });
  await expect(intro).toContainText(/download the handbook \(PDF, \d+\.\d MB, \d+ pages\)/);
});
