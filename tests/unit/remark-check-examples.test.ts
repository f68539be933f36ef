import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { VFile } from 'vfile';
import { remarkCheckExamples } from '../../src/examples/remark-check-examples.ts';

function check(path: string, markdown: string) {
  remarkCheckExamples()(fromMarkdown(markdown), new VFile({ path, value: markdown }));
}

test('a plain Markdown chapter is refused with its path and the fix', () => {
  assert.throws(() => check('/site/content/docs/xds/notes.md', '# Notes\n'), /xds\/notes\.md: chapters are MDX files\.\n  Hint: Rename it to notes\.mdx\./);
  assert.doesNotThrow(() => check('/site/content/docs/xds/notes.mdx', '# Notes\n'));
});

test('a broken YAML example is reported at its line in the file', () => {
  const page = '# Page\n\n```yaml\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: r\nspec:\n  host: r\n  hostz: x\n```\n';
  assert.throws(() => check('/site/content/docs/xds/page.mdx', page), /page\.mdx:10: yaml example: DestinationRule has no field spec\.hostz/);
});
