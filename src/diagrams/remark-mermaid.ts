/**
 * Turns every ```mermaid fence into inline SVG at build time, so readers download no Mermaid.
 *
 *   ```mermaid caption="The control plane"        <figure class="hb-diagram">
 *   flowchart TD                           ->       <div class="hb-diagram__light"><svg role="img">…
 *     accTitle: Istio at a glance                   <div class="hb-diagram__dark"><svg role="img">…
 *     A --> B                                       <figcaption>The control plane</figcaption>
 *   ```
 *
 * It runs as a remark (Markdown AST) plugin so the fence is gone before Expressive Code, a rehype
 * plugin, would highlight it as code.
 */
import type { Code, Heading, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../build/content-error.ts';
import { langOfFile } from '../i18n/ui-strings.ts';
import { diagramFigure, readAccessibleText } from './diagram-figure.ts';
import { parseFenceMeta } from '../examples/fence-meta.ts';
import { DiagramSyntaxError, renderDiagram } from './mermaid-renderer.ts';
import { createHash } from 'node:crypto';

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
      let light, dark;
      try {
        [light, dark] = await Promise.all([renderDiagram(node.value, 'default'), renderDiagram(node.value, 'dark')]);
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
      const id = `hb-fig-${createHash('sha256').update(node.value).digest('hex').slice(0, 10)}`;
      const figure = diagramFigure(light, dark, { title, description: accessible.description, caption, lang: langOfFile(file.path) }, id);
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
  };
}

