/**
 * Makes a diagram rendered with sentinel colours follow the site's theme, and refuses any colour that
 * is not a sentinel:
 *
 *   .node rect{fill:#01fe03;}                  ->  .node rect{fill:var(--hb-diagram-node);}
 *   <path fill="#01fe05">                      ->  <path style="fill:var(--hb-diagram-line)">
 *   rgba(1, 254, 3, 0.5)                       ->  color-mix(in srgb, var(--hb-diagram-node) 50%, transparent)
 *   stroke:#999                                ->  UnknownColourError
 */
import { palette, roleProperty } from './palette.ts';

/** A colour in a rendered diagram that is not one of the palette's sentinels. */
export class UnknownColourError extends Error {
  readonly colours: string[];
  constructor(colours: string[]) {
    super(
      `the rendered diagram contains colours outside the site's palette: ${colours.join(', ')}. ` +
        'Diagrams take their colours from src/diagrams/palette.ts; remove inline `style`/`classDef` colours from the diagram, ' +
        'or, if Mermaid derived the colour for a diagram type the palette does not cover yet, set that theme variable in sentinelThemeVariables().',
    );
    this.name = 'UnknownColourError';
    this.colours = colours;
  }
}

const bySentinel = new Map<string, string>(palette.map((entry) => [entry.sentinel.toLowerCase(), `var(${roleProperty(entry.role)})`]));
const byRgb = new Map<string, string>(
  palette.map((entry) => {
    const hex = entry.sentinel.slice(1);
    const rgb = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(',');
    return [rgb, `var(${roleProperty(entry.role)})`];
  }),
);

// Not `&#160;` (a character reference).
const HEX = /(?<!&)#[0-9a-fA-F]{3,8}\b/g;
const FUNCTIONAL = /\b(rgba?|hsla?)\(\s*([^)]*)\)/g;
/** Colour-taking properties and attributes whose value is a keyword (`red`, `white`), not a function or hex. */
const NAMED =
  /\b(fill|stroke|color|background|background-color|stop-color|flood-color|lighting-color|outline-color|border(?:-[a-z]+)?-color)\s*(?::|=\s*["'])\s*([a-zA-Z]+)\b/g;
const KEYWORDS = new Set(['none', 'transparent', 'currentcolor', 'inherit', 'initial', 'unset', 'revert', 'context-stroke', 'context-fill']);
/** Presentation attributes cannot hold var(), so a sentinel there moves into the element's style. */
const COLOUR_ATTRIBUTE = /<([a-zA-Z][\w:-]*)(\s[^>]*?)?\s(fill|stroke|stop-color|color)="(var\([^)]*\))"([^>]*)>/g;

/**
 * Swaps every sentinel colour for its custom property; throws UnknownColourError if any other colour
 * remains, so a diagram can never carry a colour that does not follow the theme.
 */
export function themeSvg(svg: string): string {
  const unknown = new Set<string>();
  let themed = svg.replace(HEX, (hex) => {
    const full = hex.toLowerCase();
    const property = bySentinel.get(full);
    if (property) return property;
    // `#1` in ids or entity references is not a colour; only 3-, 4-, 6- and 8-digit forms are.
    if ([4, 5, 7, 9].includes(full.length)) unknown.add(hex);
    return hex;
  });
  themed = themed.replace(FUNCTIONAL, (whole, kind: string, args: string) => {
    const parts = args.split(/[\s,/]+/).filter(Boolean);
    const property = kind.startsWith('rgb') ? byRgb.get(parts.slice(0, 3).map(Number).join(',')) : undefined;
    if (!property) {
      unknown.add(whole);
      return whole;
    }
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number.parseFloat(parts[3]) / 100 : Number(parts[3]);
    return alpha >= 1 ? property : `color-mix(in srgb, ${property} ${Math.round(alpha * 1000) / 10}%, transparent)`;
  });
  for (const match of themed.matchAll(NAMED)) {
    const value = match[2]!;
    if (!KEYWORDS.has(value.toLowerCase()) && value !== 'var' && value !== 'url' && value !== 'color') unknown.add(`${match[1]}: ${value}`);
  }
  if (unknown.size > 0) throw new UnknownColourError([...unknown].sort());
  // Repeat: one element may carry both fill and stroke.
  let previous;
  do {
    previous = themed;
    themed = themed.replace(COLOUR_ATTRIBUTE, (_tag, name: string, before = '', attribute: string, value: string, after: string) => {
      const rest = `${before}${after}`;
      const style = /\sstyle="([^"]*)"/.exec(rest);
      const declaration = `${attribute}:${value}`;
      return style
        ? `<${name}${rest.replace(style[0], ` style="${declaration};${style[1]}"`)}>`
        : `<${name}${before} style="${declaration}"${after}>`;
    });
  } while (themed !== previous);
  return themed;
}

/**
 * The same SVG with each custom property replaced by its value in one theme, for places where the
 * page's CSS does not reach it (the printed book shows each diagram as an image).
 */
export function svgInTheme(svg: string, theme: 'light' | 'dark'): string {
  let result = svg;
  for (const entry of palette) result = result.replaceAll(`var(${roleProperty(entry.role)})`, entry[theme].value);
  return result;
}
