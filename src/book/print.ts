/**
 * Prints the book to PDF with the Chromium the build already uses (Playwright's `page.pdf()`, which
 * writes a tagged PDF with an outline from the headings). The contents' page numbers come from a
 * draft print: its link targets say on which page each part and chapter starts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../build/chromium.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import type { Stages } from './stages.ts';

export interface PrintOptions {
  /** The built site, served so that the book's stylesheets load from their usual paths. */
  dist: string;
  lang: string;
  /** The last commit's date: the PDF's creation and modification date. */
  date: Date;
  /** The build log's timer, which the print's steps are added to. */
  stages: Stages;
}

/** The 1-based page a destination (a name, or an explicit `[page ref, ...]` array) points to; 0 if none. */
export async function pageOfDestination(pdf: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null | undefined);
  if (!explicit?.[0]) return 0;
  return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
}

/** Where each outline entry (parts, then their chapters, in order) starts: 1-based page numbers. */
export async function outlinePages(pdf: PDFDocumentProxy): Promise<{ title: string; page: number; children: { title: string; page: number }[] }[]> {
  const pageOf = (dest: unknown) => pageOfDestination(pdf, dest);
  const outline = (await pdf.getOutline()) ?? [];
  return Promise.all(
    outline.map(async (item) => ({
      title: item.title,
      page: await pageOf(item.dest),
      children: await Promise.all((item.items ?? []).map(async (child) => ({ title: child.title, page: await pageOf(child.dest) }))),
    })),
  );
}

/** Text as a PDF gives it back, made comparable: NFKC (a CJK font may map a glyph to a Kangxi radical such as U+2F63 for U+751F) and no white space. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
}

/** Chromium stamps the PDF with the clock; these are its date entries, always the same length. */
const pdfDate = /\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g;

function pdfDateOf(date: Date): string {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `D:${digits}+00'00'`;
}

/** The first page of each named destination (the contents' link targets), 1-based. */
async function destinationPages(data: Uint8Array): Promise<Map<string, number>> {
  const pdf = await openPdf(data);
  try {
    const pages = new Map<string, number>();
    for (const [name, destination] of Object.entries(await pdf.getDestinations())) {
      const page = await pageOfDestination(pdf, destination);
      if (page > 0) pages.set(name, page);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Prints the composed book. A draft print with every element invisible (layout without painting,
 * untagged: about half a full print's work) gives each part's and chapter's first page through the
 * PDF's named destinations, the targets of the contents' links; the numbers go into the contents, whose
 * length they cannot change, and the tagged print with its outline follows. That print's outline is
 * checked against the numbers, and a further print runs only if they differ. `ids` lists the outline's
 * targets in document order (parts and their chapters), matching the outline's entries one to one.
 * The dates Chromium writes are replaced by the last commit's, in place and at the same length (as are
 * the tagged structure's ids), so the file's structure is untouched and the same commit gives the
 * same bytes.
 */
export async function printBook(html: string, ids: { id: string; children: string[] }[], options: PrintOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const { stages } = options;
  const folder = join(options.dist, `.book-${options.lang}`);
  const site = await serveStatic(options.dist);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
  try {
    mkdirSync(folder, { recursive: true });
    // Not laid out until the first print: a browser window's layout of the whole book would be thrown away.
    writeFileSync(join(folder, 'index.html'), html.replace('</head>', '<style id="hb-unprinted">body { display: none !important; }</style></head>'));
    const page = await browser.newPage();
    // Print styles throughout: the book is never laid out for a screen.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/.book-${options.lang}/`, { waitUntil: 'load', timeout: 120_000 });
    stages.end('load');
    const layout = { format: 'A4', margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' } } as const;
    // The draft: laid out as printed, painted invisible (visibility is inherited, so one rule hides all).
    const setUnprinted = (rule: string) => page.evaluate((text) => { document.getElementById('hb-unprinted')!.textContent = text; }, rule);
    await setUnprinted('body { visibility: hidden !important; }');
    let pages = await destinationPages(await page.pdf(layout));
    await setUnprinted('');
    stages.end('draft');
    let pdf: Uint8Array = new Uint8Array();
    let count = 0;
    for (let print = 0; ; print++) {
      await page.evaluate((entries) => {
        for (const [id, number] of entries) {
          const cell = document.querySelector(`.hb-toc__page[data-for="${id}"]`);
          if (cell) cell.textContent = String(number);
        }
      }, [...pages]);
      // Chromium writes the outline (bookmarks) only into a tagged PDF.
      pdf = await page.pdf({ ...layout, printBackground: true, outline: true, tagged: true });
      const printed = await openPdf(pdf);
      count = printed.numPages;
      const outline = await outlinePages(printed);
      await printed.destroy();
      if (outline.length !== ids.length) throw new Error(`book: the PDF outline has ${outline.length} parts, the book ${ids.length}`);
      const found = new Map<string, number>();
      outline.forEach((part, i) => {
        found.set(ids[i]!.id, part.page);
        part.children.forEach((chapter, j) => found.set(ids[i]!.children[j]!, chapter.page));
      });
      stages.end('print');
      if ([...found].every(([id, number]) => pages.get(id) === number)) break;
      console.log(`[book] ${options.lang}: the draft's page numbers moved in print ${print + 1}; printing again`);
      if (print === 2) throw new Error('book: the contents\' page numbers did not settle after three prints');
      pages = found;
    }
    const dated = Buffer.from(pdf).toString('latin1').replace(pdfDate, (entry, name: string) => {
      const replacement = `/${name} (${pdfDateOf(options.date)})`;
      if (replacement.length !== entry.length) throw new Error(`book: unexpected PDF date format ${entry}`);
      return replacement;
    });
    // Tagged-PDF element ids (`node00000573`) count the browser's accessibility nodes, which differ
    // from run to run; renumber them in order of first use, keeping every reference and the length.
    const renumbered = new Map<string, string>();
    const stable = dated.replace(/\((node\d{8})\)/g, (_, id: string) => {
      if (!renumbered.has(id)) renumbered.set(id, `node${String(renumbered.size).padStart(8, '0')}`);
      return `(${renumbered.get(id)})`;
    });
    const bytes = Buffer.from(stable, 'latin1');
    stages.end('finish');
    return { pdf: bytes, pages: count };
  } finally {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
