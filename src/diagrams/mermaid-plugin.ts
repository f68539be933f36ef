/**
 * Turns every ```mermaid fence into inline SVG at build time, so readers download no Mermaid.
 *
 *   ```mermaid caption="The control plane"        <figure class="hb-diagram">
 *   flowchart TD                           ->       <div class="hb-diagram__frame"><svg role="img">…
 *     accTitle: Istio at a glance                     (colours: var(--hb-diagram-node), …)
 *     A --> B                                       <figcaption>The control plane</figcaption>
 *   ```
 *
 * One SVG per diagram: Mermaid renders it with sentinel colours, which become CSS custom properties
 * defined for the light and the dark theme (palette.ts, theme-colours.ts, diagrams.css).
 *
 * It runs as a Sätteri mdast (Markdown tree) plugin so the fence is gone before Expressive Code, a
 * hast (HTML tree) plugin, would highlight it as code.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { toHtml } from 'hast-util-to-html';
import type { Code } from 'mdast';
import { defineMdastPlugin, type MdastContent, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { ContentError } from '../build/content-error.ts';
import { langOfFile } from '../i18n/ui-strings.ts';
import { diagramFigure, readAccessibleText } from './diagram-figure.ts';
import { parseFenceMeta } from '../examples/fence-meta.ts';
import { DiagramSyntaxError, renderDiagram } from './mermaid-renderer.ts';
import { midWordBreaks } from './label-breaks.ts';
import { themeSvg, UnknownColourError } from './theme-colours.ts';

/**
 * The source with its `accTitle`/`accDescr` lines blanked (not removed, so Mermaid's error lines still
 * match the fence): labelSvg() writes the SVG's title and description itself, and some diagram types
 * (`block`) do not parse these lines.
 */
function withoutAccessibleText(source: string): string {
  return source.replace(/^[ \t]*acc(Title|Descr)[ \t]*:.*$/gm, '');
}

/** Where a fence sits: its file and the heading it follows, the fallbacks for the diagram's title. */
interface FenceContext {
  file: string | undefined;
  section: string | undefined;
  pageTitle: string | undefined;
}

/** The figure (and the "closed" marker before it) for one fence, or the ContentError that fails the build. */
async function figureNodes(node: Readonly<Code>, { file, section, pageTitle }: FenceContext): Promise<MdastContent[]> {
  const fenceLine = node.position?.start.line;
  const meta = parseFenceMeta(node.meta);
  const accessible = readAccessibleText(node.value);
  const caption = meta.values.get('caption');
  const title = accessible.title ?? caption ?? section ?? pageTitle ?? 'Diagram';
  let rendered;
  try {
    rendered = await renderDiagram(withoutAccessibleText(node.value));
  } catch (error) {
    if (!(error instanceof DiagramSyntaxError)) throw error;
    const line = fenceLine && error.lineInDiagram ? fenceLine + error.lineInDiagram : fenceLine;
    throw new ContentError(
      file,
      line,
      `Mermaid diagram does not parse.\n${error.message}`,
      'Paste the diagram into a Mermaid editor to see the error highlighted.',
    );
  }
  let svg;
  try {
    svg = themeSvg(rendered.svg);
  } catch (error) {
    if (!(error instanceof UnknownColourError)) throw error;
    throw new ContentError(file, fenceLine, `Mermaid diagram: ${error.message}`);
  }
  const breaks = midWordBreaks(node.value, rendered.labels);
  if (breaks.length > 0) {
    throw new ContentError(
      file,
      fenceLine,
      `Mermaid diagram: a label breaks inside a word (${breaks.join(', ')}; "|" marks the break).`,
      'Mermaid splits a word wider than its wrapping width (240 px for node labels, 200 px for edge labels). Shorten the label, or break it where you want with <br/>.',
    );
  }
  const id = `hb-fig-${createHash('sha256').update(node.value).digest('hex').slice(0, 10)}`;
  const figure = diagramFigure({ ...rendered, svg }, { title, description: accessible.description, caption, lang: langOfFile(file ?? '') }, id);
  // An MDX JSX element whose inner HTML is set verbatim. As plain HTML, Astro's MDX optimisation
  // would serialise the SVG's <style> as an attribute and the diagram would lose its colours; a JSX
  // node is left alone, and Astro renders `set:html` as is.
  return [
    { type: 'mdxJsxFlowElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: `${id}-closed` }], children: [] },
    {
      type: 'mdxJsxFlowElement',
      name: 'figure',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'class', value: 'hb-diagram' },
        { type: 'mdxJsxAttribute', name: 'id', value: id },
        { type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(figure.children, { allowDangerousHtml: true }) },
      ],
      children: [],
    },
  ];
}

/** The page's front matter title, which Astro hands to Sätteri plugins in `ctx.data.astro`. */
function pageTitleOf(ctx: MdastVisitorContext): string | undefined {
  const title = (ctx.data as { astro?: SatteriAstroData }).astro?.frontmatter.title;
  return typeof title === 'string' ? title : undefined;
}

/** The Sätteri (Astro's Markdown processor) plugin: diagrams for MDX chapters. */
export function mermaidPlugin(): MdastPluginEntry {
  return ({ fileURL, source, sourceFormat }) => {
    // A cheap pre-check: most pages have no diagram, and then this plugin does not walk them.
    if (sourceFormat !== 'mdx' || !source.includes('mermaid')) return null;
    const file = fileURL && fileURLToPath(fileURL);
    let section: string | undefined;
    let diagrams = 0;
    // One fence at a time, in page order, so that a page with two bad diagrams always reports the first.
    let previous: Promise<unknown> = Promise.resolve();
    return defineMdastPlugin({
      name: 'handbook-mermaid',
      options: { position: true },
      heading(node, ctx) {
        section = ctx.textContent(node).trim();
      },
      code(node, ctx) {
        if (node.lang !== 'mermaid') return;
        diagrams += 1;
        const where = { file, section, pageTitle: pageTitleOf(ctx) };
        const replaced = previous.then(async () => ctx.replaceNode(node, await figureNodes(node, where)));
        previous = replaced;
        return replaced;
      },
      after(root, ctx) {
        if (diagrams > 0) ctx.appendChild(root, zoomComponent());
      },
    });
  };
}

const zoomComponentPath = fileURLToPath(new URL('./DiagramZoom.astro', import.meta.url));

/**
 * `import HbDiagramZoom from '…/DiagramZoom.astro'` and `<HbDiagramZoom />` at the end of the page:
 * only pages with diagrams get the zoom dialog and its script.
 */
function zoomComponent(): MdastContent[] {
  const name = 'HbDiagramZoom';
  return [
    { type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(zoomComponentPath)};` },
    { type: 'mdxJsxFlowElement', name, attributes: [], children: [] },
  ];
}
