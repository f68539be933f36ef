import type { Element, ElementContent } from 'hast';
import { uiString } from '../i18n/ui-strings.ts';
import type { RenderedSvg } from './mermaid-renderer.ts';

/** Below this width a diagram scrolls sideways instead of shrinking, so its text stays legible. */
const MIN_LEGIBLE_WIDTH_PX = 560;
/** About the content column's width: wider diagrams shrink in it and get a full-size view. */
const COLUMN_WIDTH_PX = 720;

function link(href: string, className: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: [className] }, children: [{ type: 'text', value: label }] };
}

/** What a reader (and a screen reader) is told about a diagram. */
export interface DiagramText {
  /** From `accTitle`, else the fence's caption, else the section heading. */
  title: string;
  /** From `accDescr`, if the author wrote one. */
  description?: string;
  /** Shown under the diagram, from the fence meta `caption="..."`. */
  caption?: string;
  /** The page's language, for the figure's own words ("View full size"). */
  lang: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Reads `accTitle`/`accDescr` from Mermaid source (single-line forms). */
export function readAccessibleText(source: string): { title?: string; description?: string } {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  return { title, description };
}

/**
 * Makes Mermaid's SVG a labelled image: `role="img"`, a `<title>` (and `<desc>` when known) that
 * `aria-labelledby`/`aria-describedby` point to. Mermaid writes its own title only for `accTitle`.
 */
export function labelSvg(svg: string, id: string, text: DiagramText): string {
  const withoutOwnLabels = svg
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/, '')
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/, '');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const labels =
    `<title id="${titleId}">${escapeXml(text.title)}</title>` +
    (text.description ? `<desc id="${descId}">${escapeXml(text.description)}</desc>` : '');
  return withoutOwnLabels.replace(/<svg\b([^>]*)>/, (_tag, attributes: string) => {
    const kept = attributes.replace(/\s(role|aria-roledescription|aria-labelledby|aria-describedby)="[^"]*"/g, '');
    const described = text.description ? ` aria-describedby="${descId}"` : '';
    return `<svg${kept} role="img" aria-labelledby="${titleId}"${described}>${labels}`;
  });
}

/**
 * The SVG as it is, not parsed into a tree: the figure is serialised with `allowDangerousHtml` straight
 * after (mermaid-plugin.ts), and parsing and re-serialising every diagram's markup on every build would
 * be the plugin's largest cost. The SVG is Mermaid's own output in strict security mode.
 */
function svgMarkup(svg: string): ElementContent[] {
  return [{ type: 'raw', value: svg } as unknown as ElementContent];
}

/**
 * The figure that replaces a ```mermaid fence: the one SVG (its colours follow the theme through CSS
 * custom properties) in a keyboard-scrollable frame, a button that opens it enlarged (the zoom dialog of
 * DiagramZoom.astro; hidden without JavaScript) and, for diagrams wider than the column, a full-size
 * view that works without JavaScript.
 */
export function diagramFigure(rendered: RenderedSvg, text: DiagramText, id: string): Element {
  const width = Math.ceil(rendered.width);
  const frame: Element = {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['hb-diagram__frame'],
      tabIndex: 0,
      role: 'group',
      ariaLabel: uiString(text.lang, 'handbook.diagram.label').replace('{title}', text.title),
      style: `--hb-diagram-width: ${width}px; --hb-diagram-min: ${Math.min(width, MIN_LEGIBLE_WIDTH_PX)}px`,
    },
    children: svgMarkup(labelSvg(rendered.svg, id, text)),
  };
  const tools: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['hb-diagram__tools'] },
    children: [
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['hb-diagram__open'], ariaHasPopup: 'dialog' },
        children: [{ type: 'text', value: uiString(text.lang, 'handbook.diagram.enlarge') }],
      },
    ],
  };
  const children: ElementContent[] = [frame, tools];
  if (width > COLUMN_WIDTH_PX) {
    // A full-size view without JavaScript: the figure's id becomes the URL's :target, which CSS
    // shows at natural size in the scrolling frame; "Close" targets a marker just before the
    // figure, so the page stays where it is.
    frame.children.unshift(link(`#${id}-closed`, 'hb-diagram__close', uiString(text.lang, 'handbook.diagram.close')));
    tools.children.unshift(link(`#${id}`, 'hb-diagram__zoom', uiString(text.lang, 'handbook.diagram.viewFullSize')));
  }
  if (text.caption) {
    children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: text.caption }] });
  }
  return { type: 'element', tagName: 'figure', properties: { className: ['hb-diagram'], id }, children };
}
