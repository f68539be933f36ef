/**
 * Makes Markdown tables keyboard-scrollable. Starlight lets a wide table scroll sideways; a
 * scrolling region must be focusable, or keyboard users cannot read its hidden columns (axe's
 * scrollable-region-focusable rule).
 *
 *   | a | b |   ->   <table tabindex="0">…</table>
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'table', (table) => {
      table.data = { ...table.data, hProperties: { ...table.data?.hProperties, tabIndex: 0 } };
    });
  };
}
