/**
 * Turns the collected book into one HTML document for printing: a cover, a table of contents, then
 * every part and chapter. Links between chapters become links inside the document, ids are made
 * unique per chapter, headings move down a level under their part and chapter (so the PDF outline
 * reads part > chapter > section), diagrams are drawn in the light theme's colours, and check-yourself
 * answers are open.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { hasClass, type Book } from './collect.ts';
import { svgInTheme } from '../diagrams/theme-colours.ts';

export interface BookText {
  /** The running header, at the top of every page but the cover. */
  header: string;
  title: string;
  subtitle: string;
  updated: string;
  contents: string;
}

/** Text as a quoted CSS string, for a page-margin box's `content` inside a `<style>` element. */
function cssString(text: string): string {
  // Control characters and `<` (which could end the style element) as hex escapes; quotes and backslashes escaped.
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\0-\x1f\x7f<]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** `xds/transport` -> `ch-xds-transport`, the chapter's anchor in the book. */
export function chapterAnchor(slug: string): string {
  return `ch-${slug.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * A diagram becomes an image of its own SVG document. Inline, every diagram's stylesheet would apply
 * to the whole book, and a browser then spends minutes matching each element against all of them;
 * as an image it is still vector in the PDF, and its title and description become the alt text.
 */
function diagramImage(svg: Element): Element {
  const viewBox = String(svg.properties.viewBox ?? '').split(/\s+/).map(Number);
  const alt = selectText(svg, 'title');
  return {
    type: 'element',
    tagName: 'img',
    properties: {
      // An image does not inherit the page's custom properties: write the light theme's colours in.
      src: `data:image/svg+xml;base64,${Buffer.from(svgInTheme(toHtml(svg, { space: 'svg' }), 'light')).toString('base64')}`,
      alt,
      width: viewBox[2] ? Math.round(viewBox[2]) : undefined,
      className: ['hb-book__diagram'],
    },
    children: [],
  };
}

function selectText(node: Element, tag: string): string {
  let found = '';
  visit(node as unknown as Root, 'element', (child: Element) => {
    if (!found && child.tagName === tag) found = toHtml(child.children).replace(/<[^>]+>/g, '').trim();
  });
  return found;
}

/** The light theme's colour of an Expressive Code token (`--0` is the dark theme, `--1` the light one). */
function lightColour(style: unknown): string | undefined {
  return /--1:\s*(#[0-9a-fA-F]{3,8})/.exec(String(style ?? ''))?.[1];
}

/** The book's code colours: each light-theme colour gets one class, written once into the book's stylesheet. */
class CodeColours {
  private readonly classes = new Map<string, string>();

  classFor(colour: string): string {
    const key = colour.toLowerCase();
    if (!this.classes.has(key)) this.classes.set(key, `hb-c${this.classes.size}`);
    return this.classes.get(key)!;
  }

  stylesheet(): string {
    return [...this.classes].map(([colour, name]) => `.${name}{color:${colour}}`).join('');
  }
}

/**
 * A code block as a plain `<pre>` with coloured runs. Expressive Code's markup (a box per line, a span
 * per token with both themes' colours inline) is what the browser spends most of a print on. The
 * plain form keeps the light theme's colours as shared classes, one span per run of a colour (white
 * space joins the run around it), and wraps long lines.
 */
function plainCode(block: Element, colours: CodeColours): Element {
  const runs: { colour: string | undefined; text: string }[] = [];
  const append = (text: string, colour: string | undefined) => {
    const last = runs.at(-1);
    if (last && (last.colour === colour || !text.trim())) last.text += text;
    else if (last && !last.text.trim()) Object.assign(last, { colour, text: last.text + text });
    else runs.push({ colour, text });
  };
  let title = '';
  let lines = 0;
  visit(block as unknown as Root, 'element', (node: Element) => {
    if (hasClass(node, 'title')) title = toHtml(node.children).replace(/<[^>]+>/g, '');
    if (!hasClass(node, 'ec-line')) return undefined;
    if (lines++ > 0) append('\n', runs.at(-1)?.colour);
    visit(node as unknown as Root, 'element', (token: Element) => {
      const text = token.children.filter((child) => child.type === 'text').map((child) => (child as { value: string }).value).join('');
      if (token.tagName !== 'span' || !text) return undefined;
      append(text, lightColour(token.properties.style));
      return SKIP;
    });
    return SKIP;
  });
  const children: ElementContent[] = runs.map(({ colour, text }) =>
    colour ? { type: 'element', tagName: 'span', properties: { className: [colours.classFor(colour)] }, children: [{ type: 'text', value: text }] } : { type: 'text', value: text },
  );
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children }] };
  const caption: Element[] = title ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }] : [];
  return { type: 'element', tagName: 'figure', properties: { className: ['hb-book__code'] }, children: [...caption, pre] };
}

const dropped = ['hb-diagram__tools', 'hb-diagram__close', 'hb-zoom', 'sl-anchor-link', 'copy'];

/** Rewrites one chapter's content in place for the book; `slugs` are the chapters the book holds. */
function prepareChapter(content: Element, slug: string, root: string, slugs: Set<string>, siteUrl: string, colours: CodeColours): void {
  const anchor = chapterAnchor(slug);
  visit(content as unknown as Root, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && (['script', 'template', 'noscript'].includes(node.tagName) || dropped.some((name) => hasClass(node, name)))) {
      (parent.children as ElementContent[]).splice(index, 1);
      return [SKIP, index];
    }
    if (hasClass(node, 'expressive-code') && parent && index !== undefined) {
      (parent.children as ElementContent[])[index] = plainCode(node, colours);
      return SKIP;
    }
    if (hasClass(node, 'hb-diagram__frame')) {
      const svg = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
      if (svg) node.children = [diagramImage(svg)];
      return SKIP;
    }
    if (typeof node.properties.id === 'string') node.properties.id = `${anchor}--${node.properties.id}`;
    const heading = /^h([1-5])$/.exec(node.tagName);
    if (heading) node.tagName = `h${Number(heading[1]) + 1}`;
    if (node.tagName === 'details') node.properties.open = true;
    const href = node.tagName === 'a' && typeof node.properties.href === 'string' ? node.properties.href : undefined;
    if (href?.startsWith('#')) node.properties.href = `#${anchor}--${href.slice(1)}`;
    else if (href?.startsWith('/')) {
      const [path = '', hash] = href.split('#');
      const target = path.replace(/^\/|\/$/g, '');
      const relativeToRoot = root === '/' ? target : target.replace(new RegExp(`^${root.replace(/^\/|\/$/g, '')}/?`), '');
      const inBook = slugs.has(target) || slugs.has(relativeToRoot);
      const id = chapterAnchor(slugs.has(target) ? target : relativeToRoot);
      node.properties.href = inBook ? `#${hash ? `${id}--${hash}` : id}` : new URL(href, siteUrl).href;
    }
    return undefined;
  });
}

/** The whole book as one HTML document; the printer fills in the contents' page numbers. The chapters' content is rewritten in place. */
export function composeBook(book: Book, root: string, text: BookText, siteUrl: string): string {
  const slugs = new Set(book.parts.flatMap((part) => part.chapters.map((chapter) => chapter.slug)));
  const colours = new CodeColours();
  const tocEntry = (id: string, label: string) =>
    `<a href="#${id}"><span class="hb-toc__label">${label}</span><span class="hb-toc__page" data-for="${id}"></span></a>`;
  const toc = book.parts
    .map((part, i) => `<li class="hb-toc__part">${tocEntry(`part-${i + 1}`, part.label)}<ol>${part.chapters
      .map((chapter) => `<li>${tocEntry(chapterAnchor(chapter.slug), chapter.title)}</li>`)
      .join('')}</ol></li>`)
    .join('');
  const body = book.parts
    .map((part, i) => {
      const chapters = part.chapters.map((chapter) => {
        prepareChapter(chapter.content, chapter.slug, root, slugs, siteUrl, colours);
        return `<article class="hb-book__chapter" id="${chapterAnchor(chapter.slug)}"><h2>${chapter.title}</h2>${toHtml(chapter.content)}</article>`;
      });
      return `<section class="hb-book__part" id="part-${i + 1}"><h1>${part.label}</h1>${chapters.join('')}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="${book.lang}" data-theme="light"><head><meta charset="utf-8"><title>${text.title}</title>
<style>@page { @top-right { content: ${cssString(text.header)}; } }</style>
${book.styles.join('\n')}
<style>${colours.stylesheet()}</style>
</head><body class="hb-book">
<section class="hb-book__cover"><p class="hb-book__title">${text.title}</p><p class="hb-book__subtitle">${text.subtitle}</p><p class="hb-book__updated">${text.updated}</p></section>
<nav class="hb-book__toc" aria-label="${text.contents}"><p class="hb-book__toc-title">${text.contents}</p><ol>${toc}</ol></nav>
<main>${body}</main>
</body></html>`;
}
