import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sidebarFromContent } from '../../src/lib/sidebar.ts';

function page(dir: string, name: string, title: string, order?: number) {
  mkdirSync(dir, { recursive: true });
  const sidebar = order === undefined ? '' : `sidebar:\n  order: ${order}\n`;
  writeFileSync(join(dir, name), `---\ntitle: ${title}\n${sidebar}---\n\nBody.\n`);
}

test('one group per part in book order, pages by sidebar order then title', () => {
  const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
  page(join(root, 'xds'), 'transport.mdx', 'Transport', 2);
  page(join(root, 'xds'), 'overview.mdx', 'Overview', 1);
  page(join(root, 'xds'), 'zz-unordered.mdx', 'Appendix-like');
  page(join(root, 'architecture'), 'istiod.mdx', 'istiod', 1);
  page(join(root, 'not-a-part'), 'stray.mdx', 'Stray', 1);
  page(root, 'index.mdx', 'Home');
  assert.deepEqual(sidebarFromContent(root), [
    { label: 'Architecture', items: ['architecture/istiod'] },
    { label: 'Envoy and xDS', items: ['xds/overview', 'xds/transport', 'xds/zz-unordered'] },
  ]);
});

test('a plain Markdown chapter is refused with its path and the fix', () => {
  const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
  page(join(root, 'xds'), 'notes.md', 'Notes', 1);
  assert.throws(() => sidebarFromContent(root), /xds\/notes\.md: chapters are MDX files; rename it to \.mdx\./);
});
