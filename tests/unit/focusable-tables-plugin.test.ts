import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml, mdxToJs } from 'satteri';
import { focusableTablesPlugin } from '../../src/chapters/focusable-tables-plugin.ts';

const page = 'Intro.\n\n| Field | Meaning |\n| --- | --- |\n| `host` | The service |\n';

test('a Markdown table becomes a focusable table, so keyboard users can scroll it', () => {
  const { html } = markdownToHtml(page, { mdastPlugins: [focusableTablesPlugin] });
  assert.match(html, /<table tabindex="0">/);
  // As Astro compiles a chapter: MDX, HTML attribute names, static HTML collapsed into one string.
  const { code } = mdxToJs(page, {
    mdastPlugins: [focusableTablesPlugin],
    elementAttributeNameCase: 'html',
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  });
  assert.match(code, /<table tabindex=\\"0\\">/);
});

test('other elements are left alone', () => {
  const { html } = markdownToHtml('Text and `code`.\n', { mdastPlugins: [focusableTablesPlugin] });
  assert.doesNotMatch(html, /tabindex/);
});
