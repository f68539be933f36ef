import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin, mdxToJs } from 'satteri';

// A private cache, so these tests really render in Chromium instead of reading earlier builds' SVG.
const caches = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
process.env.HANDBOOK_CACHE_DIR = caches;
const cache = join(caches, 'diagrams');
const { mermaidPlugin } = await import('../../src/diagrams/mermaid-plugin.ts');
const renderer = await import('../../src/diagrams/mermaid-renderer.ts');
after(() => renderer.closeDiagramRenderer());

/** Compiles the page as Astro does (Sätteri, MDX) and returns the Markdown tree the diagram plugin left. */
async function transform(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<{ tree: Root; code: string; error?: Error }> {
  let tree: Root = { type: 'root', children: [] };
  // Runs after the diagram plugin and copies the tree as plain objects (Sätteri's nodes are lazy views).
  const keepTree = defineMdastPlugin({
    name: 'keep-tree',
    after(root) {
      tree = JSON.parse(JSON.stringify(root, (key, value: unknown) => (key.startsWith('_') ? undefined : value))) as Root;
    },
  });
  try {
    const { code } = await mdxToJs(markdown, {
      mdastPlugins: [mermaidPlugin(), keepTree],
      fileURL: pathToFileURL(join(process.cwd(), 'content/xds/example.mdx')),
      // What Astro hands plugins about the page.
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return { tree, code };
  } catch (error) {
    return { tree, code: '', error: error as Error };
  }
}

function figureHtml(tree: Root): string {
  const figure = tree.children.find((node) => (node as { name?: string }).name === 'figure') as
    | { attributes: { name: string; value: string }[] }
    | undefined;
  assert.ok(figure, 'the fence became a figure');
  return figure.attributes.find((attribute) => attribute.name === 'set:html')!.value;
}

const valid = '# Page\n\n## The flow\n\n```mermaid\nflowchart TD\n  accTitle: Proxy flow\n  accDescr: A client reaches a server through a proxy.\n  C[Client] --> P[Proxy] --> S[Server]\n```\n';

test("a valid diagram becomes one labelled SVG whose colours are the theme's custom properties", async () => {
  const { tree, error } = await transform(valid);
  assert.equal(error, undefined);
  const html = figureHtml(tree);
  assert.equal((html.match(/<svg\b/g) ?? []).length, 1);
  assert.match(html, /<svg[^>]* role="img" aria-labelledby="[^"]+-title" aria-describedby="[^"]+-desc"/);
  assert.match(html, /<title id="[^"]+-title">Proxy flow<\/title><desc id="[^"]+-desc">A client reaches a server through a proxy\.<\/desc>/);
  assert.match(html, /\.node rect[^{]*\{fill:var\(--hb-diagram-node\);stroke:var\(--hb-diagram-node-border\)/);
  assert.doesNotMatch(html, /#[0-9a-f]{6}\b/i, 'no literal colour is left');
  assert.match(html, /<text\b[^>]*>[\s\S]*Proxy/, 'labels are SVG text');
  assert.doesNotMatch(html, /foreignObject/);
});

test('a diagram without accTitle is labelled by its section heading', async () => {
  const { tree } = await transform('## Request path\n\n```mermaid\nflowchart LR\n  A --> B\n```\n');
  assert.match(figureHtml(tree), /<title id="[^"]+">Request path<\/title>/);
});

test('a diagram before any heading is labelled by the page title', async () => {
  const { tree } = await transform('```mermaid\nflowchart LR\n  A --> B\n```\n', { title: 'Sidecars' });
  assert.match(figureHtml(tree), /<title id="[^"]+">Sidecars<\/title>/);
});

test('a rebuild with unchanged diagrams reads the cache and starts no browser', async () => {
  await transform(valid);
  const launches = renderer.browserLaunches;
  const entries = readdirSync(cache).length;
  await renderer.closeDiagramRenderer();
  await transform(valid);
  assert.equal(renderer.browserLaunches, launches);
  assert.equal(readdirSync(cache).length, entries);
});

test('a label Mermaid would split inside a word fails the build, naming the file, the line and the break', async () => {
  // Edge labels wrap at 200 px; this word alone is wider, so Mermaid splits it.
  const markdown = 'Intro.\n\n```mermaid\nflowchart LR\n  A -->|"clusterLoadAssignmentEndpointsLocality"| B\n```\n';
  const { error } = await transform(markdown);
  assert.ok(error, 'the transform threw');
  assert.match(error.message, /^content\/xds\/example\.mdx:3: Mermaid diagram: a label breaks inside a word \(clusterLoadAssignment\w*\|\w+/);
});

test('DestinationRule (split by Mermaid\'s default wrapping) stays whole', async () => {
  const { tree, error } = await transform('```mermaid\nflowchart TD\n  E1["Config event<br/>(VirtualService, DestinationRule)"] --> CU[ConfigUpdate]\n```\n');
  assert.equal(error, undefined);
  assert.match(figureHtml(tree), />\s?DestinationRule\)</, "the word is one text run");
});

test('a colour outside the palette fails the build with the fence\'s line', async () => {
  const { error } = await transform('Intro.\n\n```mermaid\nflowchart LR\n  A --> B\n  style A fill:#ff0000\n```\n');
  assert.ok(error, 'the transform threw');
  assert.match(error.message, /^content\/xds\/example\.mdx:3: Mermaid diagram: the rendered diagram contains colours outside the site's palette: #ff0000/);
});

test('a page with diagrams gets the zoom component once; a page without gets none', async () => {
  const { tree, code } = await transform(`${valid}\n${valid}`);
  const names = tree.children.map((node) => (node as { name?: string }).name).filter((name) => name === 'HbDiagramZoom');
  assert.equal(names.length, 1);
  assert.ok(tree.children.some((node) => node.type === 'mdxjsEsm' && /DiagramZoom\.astro/.test(node.value)));
  // The compiled page imports the component and renders it once.
  assert.match(code, /^import HbDiagramZoom from "[^"]+\/src\/diagrams\/DiagramZoom\.astro";$/m);
  assert.equal(code.match(/_jsx\(HbDiagramZoom\b/g)?.length, 1);
  const { tree: plain, code: plainCode } = await transform('# No diagrams\n\nText.\n');
  assert.ok(!plain.children.some((node) => node.type === 'mdxjsEsm'));
  assert.doesNotMatch(plainCode, /DiagramZoom/);
});

test('a syntax error fails with the file and the line of the bad diagram line', async () => {
  const markdown = 'Intro.\n\n```mermaid\nflowchart TD\n  A --> B\n  B -->\n```\n';
  const { error } = await transform(markdown);
  assert.ok(error, 'the transform threw');
  // The fence opens on line 3; the broken edge is line 3 of the diagram, so line 6 of the file.
  assert.match(error.message, /^content\/xds\/example\.mdx:6: Mermaid diagram does not parse/);
});
