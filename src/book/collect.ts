/**
 * Reads the built site back into a book: the parts and chapters in sidebar order, each chapter's
 * title and rendered content, and the stylesheets the pages use. Working from `dist/` means the book
 * shows exactly what the site shows (diagrams, code highlighting, asides) with no second renderer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { EXIT, visit } from 'unist-util-visit';

export interface BookChapter {
  /** The page's path without slashes at either end, e.g. `xds/transport`; the book's anchor. */
  slug: string;
  title: string;
  /** The chapter's rendered Markdown content, links and ids not yet rewritten. */
  content: Element;
}

export interface BookPart {
  label: string;
  chapters: BookChapter[];
}

export interface Book {
  lang: string;
  parts: BookPart[];
  /** `<link rel="stylesheet">` and `<style>` elements the chapters need, each once. */
  styles: string[];
}

function readPage(dist: string, path: string): Root {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`book: ${file} is in the sidebar but was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
}

function text(node: Element | undefined): string {
  return node ? toHtml(node.children).replace(/<[^>]+>/g, '').trim() : '';
}

const isElement = (node: unknown): node is Element => (node as Element).type === 'element';
/** Whether a space-separated property (`className`, `rel`) holds `name`. */
const hasClassLike = (value: unknown, name: string) => ([] as unknown[]).concat(value ?? []).includes(name);
export const hasClass = (node: Element, name: string) => hasClassLike(node.properties.className, name);

/** A chapter page's stylesheets, title and content, in one walk that does not enter the content. */
function chapterParts(page: Root): { styles: Element[]; title: Element | undefined; content: Element | undefined } {
  const html = page.children.find(isElement);
  const head = html?.children.find((child): child is Element => isElement(child) && child.tagName === 'head');
  const styles = (head?.children ?? []).filter(
    (child): child is Element => isElement(child) && (child.tagName === 'style' || (child.tagName === 'link' && hasClassLike(child.properties.rel, 'stylesheet'))),
  );
  let title: Element | undefined;
  let content: Element | undefined;
  visit(page, 'element', (node: Element) => {
    if (node.tagName === 'h1' && node.properties.id === '_top') title = node;
    if (!hasClass(node, 'sl-markdown-content')) return undefined;
    content = node;
    return EXIT;
  });
  return { styles, title, content };
}

/**
 * The book for one language: `root` is `/` for English or `/zh-cn/` for a translation. The sidebar
 * of a chapter page gives the order; the landing page and pages outside the sidebar are left out.
 */
export function collectBook(dist: string, root: string): Book {
  const first = readPage(dist, join(root, 'start', 'how-to-read'));
  const lang = String((select('html', first)?.properties.lang as string | undefined) ?? 'en');
  const sidebar = select('#starlight__sidebar', first);
  if (!sidebar) throw new Error('book: no sidebar on the how-to-read page');
  const styles = new Set<string>();
  const parts: BookPart[] = [];
  for (const group of selectAll('details', sidebar)) {
    const label = text(select('summary .group-label', group));
    const chapters: BookChapter[] = [];
    for (const link of selectAll('a[href]', group)) {
      const href = String(link.properties.href);
      const { styles: pageStyles, title, content } = chapterParts(readPage(dist, href));
      for (const style of pageStyles) styles.add(toHtml(style));
      if (!content) throw new Error(`book: ${href} has no content`);
      if (!title) throw new Error(`book: ${href} has no title (h1#_top before its content)`);
      chapters.push({ slug: href.replace(/^\/|\/$/g, ''), title: text(title), content });
    }
    if (chapters.length > 0) parts.push({ label, chapters });
  }
  return { lang, parts, styles: [...styles] };
}
