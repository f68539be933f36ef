/**
 * Makes Markdown tables keyboard-scrollable. Starlight lets a wide table scroll sideways; a
 * scrolling region must be focusable, or keyboard users cannot read its hidden columns (axe's
 * scrollable-region-focusable rule).
 *
 *   | a | b |   ->   <table tabindex="0">…</table>
 */
import { defineMdastPlugin } from 'satteri';

/** The Sätteri (Astro's Markdown processor) plugin: `hProperties` become the `<table>`'s attributes. */
export const focusableTablesPlugin = defineMdastPlugin({
  name: 'handbook-focusable-tables',
  table(table, ctx) {
    ctx.setProperty(table, 'data', { ...table.data, hProperties: { ...table.data?.hProperties, tabIndex: 0 } });
  },
});
