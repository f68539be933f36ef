import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { checkExamplesPlugin } from '../../src/examples/check-examples-plugin.ts';

/** Compiles the page as Astro does (Sätteri, MDX) with the check plugin. */
function check(path: string, markdown: string) {
  mdxToJs(markdown, { mdastPlugins: [checkExamplesPlugin()], fileURL: pathToFileURL(path) });
}

test('a plain Markdown chapter is refused with its path and the fix', () => {
  assert.throws(() => check('/site/content/docs/xds/notes.md', '# Notes\n'), /xds\/notes\.md: chapters are MDX files\.\n  Hint: Rename it to notes\.mdx\./);
  assert.doesNotThrow(() => check('/site/content/docs/xds/notes.mdx', '# Notes\n'));
});

test('a broken YAML example is reported at its line in the file', () => {
  const page = '# Page\n\n```yaml\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: r\nspec:\n  host: r\n  hostz: x\n```\n';
  assert.throws(() => check('/site/content/docs/xds/page.mdx', page), /page\.mdx:10: yaml example: DestinationRule has no field spec\.hostz/);
});

test('an image without alt text is reported before a broken example further up the page', () => {
  const page = '```bash\nif true; then\n```\n\n![](./pixel.png)\n';
  assert.throws(() => check('/site/content/docs/xds/page.mdx', page), /page\.mdx:5: image \.\/pixel\.png has no alt text/);
});
