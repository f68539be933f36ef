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
 * It runs as a remark (Markdown AST) plugin so the fence is gone before Expressive Code, a rehype
 * plugin, would highlight it as code.
 */
import type { Code, Heading, Parent, Root, RootContent } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../build/content-error.ts';
import { langOfFile } from '../i18n/ui-strings.ts';
import { diagramFigure, readAccessibleText } from './diagram-figure.ts';
import { parseFenceMeta } from '../examples/fence-meta.ts';
import { DiagramSyntaxError, renderDiagram } from './mermaid-renderer.ts';
import { midWordBreaks } from './label-breaks.ts';
import { themeSvg, UnknownColourError } from './theme-colours.ts';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

function plainText(node: Heading): string {
  let text = '';
  visit(node, (child) => {
    if ('value' in child && typeof child.value === 'string') text += child.value;
  });
  return text.trim();
}

interface Fence {
  node: Code;
  parent: Parent;
  section: string | undefined;
}

/**
 * The source with its `accTitle`/`accDescr` lines blanked (not removed, so Mermaid's error lines still
 * match the fence): labelSvg() writes the SVG's title and description itself, and some diagram types
 * (`block`) do not parse these lines.
 */
function withoutAccessibleText(source: string): string {
  return source.replace(/^[ \t]*acc(Title|Descr)[ \t]*:.*$/gm, '');
}

export function remarkMermaid() {
  return async (tree: Root, file: VFile) => {
    const fences: Fence[] = [];
    let section: string | undefined;
    visit(tree, (node, _index, parent) => {
      if (node.type === 'heading') section = plainText(node);
      if (node.type === 'code' && node.lang === 'mermaid' && parent) fences.push({ node, parent, section });
    });
    for (const { node, parent, section } of fences) {
      const fenceLine = node.position?.start.line;
      const meta = parseFenceMeta(node.meta);
      const accessible = readAccessibleText(node.value);
      const caption = meta.values.get('caption');
      const pageTitle = (file.data.astro as { frontmatter?: { title?: string } } | undefined)?.frontmatter?.title;
      const title = accessible.title ?? caption ?? section ?? pageTitle ?? 'Diagram';
      let rendered;
      try {
        rendered = await renderDiagram(withoutAccessibleText(node.value));
      } catch (error) {
        if (!(error instanceof DiagramSyntaxError)) throw error;
        const line = fenceLine && error.lineInDiagram ? fenceLine + error.lineInDiagram : fenceLine;
        throw new ContentError(
          file.path,
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
        throw new ContentError(file.path, fenceLine, `Mermaid diagram: ${error.message}`);
      }
      const breaks = midWordBreaks(node.value, rendered.svg);
      if (breaks.length > 0) {
        throw new ContentError(
          file.path,
          fenceLine,
          `Mermaid diagram: a label breaks inside a word (${breaks.join(', ')}; "|" marks the break).`,
          'Mermaid splits a word wider than its wrapping width (240 px for node labels, 200 px for edge labels). Shorten the label, or break it where you want with <br/>.',
        );
      }
      const id = `hb-fig-${createHash('sha256').update(node.value).digest('hex').slice(0, 10)}`;
      const figure = diagramFigure({ ...rendered, svg }, { title, description: accessible.description, caption, lang: langOfFile(file.path) }, id);
      // An MDX JSX element whose inner HTML is set verbatim. As plain hast, Starlight's MDX
      // optimisation would serialise the SVG's <style> as an attribute and the diagram would lose
      // its colours; a JSX node is left alone, and Astro renders `set:html` as is.
      const jsx: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'figure',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'class', value: 'hb-diagram' },
          { type: 'mdxJsxAttribute', name: 'id', value: id },
          { type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(figure.children) },
        ],
        children: [],
      };
      const closedMarker: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'span',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: `${id}-closed` }],
        children: [],
      };
      parent.children.splice(parent.children.indexOf(node), 1, closedMarker, jsx);
    }
    if (fences.length > 0) tree.children.push(...zoomComponent());
  };
}

const zoomComponentPath = fileURLToPath(new URL('./DiagramZoom.astro', import.meta.url));

/**
 * `import HbDiagramZoom from '…/DiagramZoom.astro'` and `<HbDiagramZoom />` at the end of the page:
 * only pages with diagrams get the zoom dialog and its script.
 */
function zoomComponent(): RootContent[] {
  const name = 'HbDiagramZoom';
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(zoomComponentPath)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: zoomComponentPath, raw: JSON.stringify(zoomComponentPath) },
            attributes: [],
          },
        ],
      },
    },
  };
  return [esm, { type: 'mdxJsxFlowElement', name, attributes: [], children: [] }];
}

