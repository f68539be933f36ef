/**
 * Drops what a rendered diagram never shows. Mermaid embeds its whole stylesheet for the diagram type
 * in every SVG (KaTeX, tooltips, the "neo" look, popup menus), defines filters and markers it does not
 * use, and writes presentation colours (`fill="#eaeaea"`) that its own CSS overrides. Removing them
 * makes each page lighter and leaves only the colours that reach the reader, which theme-colours.ts
 * then requires to be the palette's.
 *
 *   <style>#d .katex path{fill:#000}#d .node rect{fill:#01fe03}</style>   ->  <style>#d .node rect{fill:#01fe03}</style>
 *   <rect class="actor" fill="#eaeaea">  (.actor sets fill)               ->  <rect class="actor">
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

interface Rule {
  /** Selectors with the SVG's own `#id` scope removed; empty for at-rules, which are kept. */
  selectors: string[];
  text: string;
  properties: Set<string>;
}

/** Splits Mermaid's stylesheet into top-level rules (an at-rule with its nested block counts as one). */
function parseRules(css: string, id: string): Rule[] {
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      const text = css.slice(start, i + 1).trim();
      start = i + 1;
      const brace = text.indexOf('{');
      const prelude = text.slice(0, brace).trim();
      const body = text.slice(brace + 1, -1);
      const properties = new Set([...body.matchAll(/(?:^|;)\s*([a-z-]+)\s*:/g)].map((match) => match[1]!));
      const selectors = prelude.startsWith('@')
        ? []
        : prelude.split(',').map((selector) => selector.trim().replace(new RegExp(`^#${id}(?=[\\s.:[]|$)\\s*`), '') || ':root');
      rules.push({ selectors, text, properties });
    }
  }
  return rules;
}

/**
 * The elements a rule's selector matches in the static tree, or undefined for a selector
 * hast-util-select does not understand (its rule is kept and its elements left alone).
 */
function matches(selector: string, tree: Root): Element[] | undefined {
  try {
    // Interaction states never match a static tree; test the element they style instead.
    return selectAll(selector.replace(/:(hover|focus|active)\b/g, ''), tree, 'svg');
  } catch {
    return undefined;
  }
}

const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stopColor', 'floodColor', 'color'] as const;
const cssName = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The SVG without unused CSS rules, unreferenced filters and markers, or overridden colour attributes. */
export function tidySvg(svg: string): string {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!root) return svg;
  const id = String(root.properties.id ?? '');
  const style = selectAll('style', tree, 'svg')[0];
  // box-shadow does nothing to SVG shapes; Mermaid's block diagrams set one with hard-coded colours.
  const styleText = style ? toHtml(style.children).replace(/box-shadow:[^;}]*;?/g, '') : '';
  const matched = new Map<string, Element[] | undefined>();
  const elementsOf = (selector: string) => {
    if (!matched.has(selector)) matched.set(selector, matches(selector, tree));
    return matched.get(selector);
  };
  // A selector that cannot be tested counts as matching: its rule is kept.
  const selectsSomething = (selector: string) => {
    const elements = elementsOf(selector);
    return elements === undefined || elements.length > 0;
  };
  const kept = parseRules(styleText, id).filter((rule) => rule.selectors.length === 0 || rule.selectors.some(selectsSomething));
  if (style) {
    // Keyframes no kept rule animates with are dead too.
    const used = kept.filter((rule) => rule.selectors.length > 0).map((rule) => rule.text).join('');
    const live = kept.filter((rule) => {
      const name = /^@keyframes\s+([\w-]+)/.exec(rule.text)?.[1];
      return !name || new RegExp(`animation[^;}]*\\b${name}\\b`).test(used);
    });
    style.children = [{ type: 'text', value: live.map((rule) => rule.text).join('') }];
  }

  // A presentation attribute loses to any CSS rule for the same property, so it is dead weight.
  const styledBy = new Map<Element, Set<string>>();
  for (const rule of kept) {
    for (const selector of rule.selectors) {
      for (const element of elementsOf(selector) ?? []) {
        const set = styledBy.get(element) ?? new Set<string>();
        for (const property of rule.properties) set.add(property);
        styledBy.set(element, set);
      }
    }
  }
  visit(tree, 'element', (node: Element) => {
    const styledProperties = styledBy.get(node);
    if (!styledProperties) return;
    for (const attribute of COLOUR_ATTRIBUTES) {
      if (node.properties[attribute] !== undefined && styledProperties.has(cssName(attribute))) delete node.properties[attribute];
    }
  });

  // Filters and markers that nothing points to (Mermaid defines drop shadows and every arrow kind).
  const markup = toHtml(tree, { space: 'svg' });
  visit(tree, 'element', (node: Element, index, parent) => {
    if ((node.tagName === 'filter' || node.tagName === 'marker') && parent && index !== undefined) {
      const nodeId = String(node.properties.id ?? '');
      if (!markup.includes(`url(#${nodeId})`) && !markup.includes(`url("#${nodeId}")`)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    return undefined;
  });
  // Empty <defs> and <g> wrappers left behind.
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'defs' && node.children.length === 0 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toHtml(tree, { space: 'svg' });
}
