/**
 * Finds labels that Mermaid broke inside a word. With SVG text labels (htmlLabels: false), Mermaid
 * wraps a line wider than its wrapping width at spaces, but splits a single word that is wider by
 * itself, so "DestinationRule" became "DestinationRul" over "e".
 *
 *   source: A["Config event<br/>(VirtualService, DestinationRule)"]
 *   lines:  "(VirtualService," / "DestinationRul" / "e)"    ->  ["DestinationRul|e)"]
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

function textOf(node: Element): string {
  let text = '';
  visit(node as unknown as Root, 'text', (child) => {
    text += child.value;
  });
  return text;
}

function lineElements(text: Element): Element[] {
  return text.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'tspan');
}

/** The lines of every multi-line label in the SVG, in order. */
export function labelLines(svg: string): string[][] {
  const labels: string[][] = [];
  visit(fromHtml(svg, { fragment: true, space: 'svg' }), 'element', (node: Element) => {
    if (node.tagName !== 'text') return;
    const lines = lineElements(node).map((line) => textOf(line).trim());
    if (lines.length > 1) labels.push(lines);
  });
  return labels;
}

/**
 * Each place where a label's line ends and the next begins inside one Latin-script word of the
 * diagram's source, written `before|after`. A break the author made (`<br/>`, a space) is not reported.
 * `labels` is what labelLines found in the rendered SVG (kept with it in the render cache).
 */
export function midWordBreaks(source: string, labels: string[][]): string[] {
  const words = new Set(
    source
      .replace(/<br\s*\/?>/gi, ' ')
      .split(/[\s"'[\]{}()|<>]+/)
      .filter(Boolean),
  );
  const text = source.replace(/<br\s*\/?>/gi, '\n');
  const breaks: string[] = [];
  for (const lines of labels) {
    for (let i = 1; i < lines.length; i++) {
      const before = lines[i - 1]!.split(/\s+/).at(-1) ?? '';
      const after = lines[i]!.split(/\s+/)[0] ?? '';
      // Only a break between two letters or digits of a Latin-script word is one; Chinese text has
      // no spaces, and breaking between its characters is how it wraps.
      if (!/[\p{Script=Latin}\d_]$/u.test(before) || !/^[\p{Script=Latin}\d_]/u.test(after)) continue;
      const joined = `${before}${after}`;
      const isOneWord = text.includes(joined) || [...words].some((word) => word.includes(joined));
      const authorBroke = new RegExp(`${escape(before)}\\s+${escape(after)}`).test(text);
      if (isOneWord && !authorBroke) breaks.push(`${before}|${after}`);
    }
  }
  return breaks;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
