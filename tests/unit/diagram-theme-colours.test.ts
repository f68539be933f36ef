import assert from 'node:assert/strict';
import { test } from 'node:test';
import { palette } from '../../src/diagrams/palette.ts';
import { svgInTheme, themeSvg, UnknownColourError } from '../../src/diagrams/theme-colours.ts';

const sentinel = (role: string) => palette.find((entry) => entry.role === role)!.sentinel;

test('each sentinel in the stylesheet becomes its custom property', () => {
  const svg = `<svg id="d"><style>#d .node rect{fill:${sentinel('node')};stroke:${sentinel('node-border').toUpperCase()};}</style></svg>`;
  assert.equal(themeSvg(svg), '<svg id="d"><style>#d .node rect{fill:var(--hb-diagram-node);stroke:var(--hb-diagram-node-border);}</style></svg>');
});

test('a sentinel in a presentation attribute moves into the style attribute', () => {
  assert.equal(themeSvg(`<path d="M0 0" fill="${sentinel('line')}"/>`), '<path d="M0 0" style="fill:var(--hb-diagram-line)"/>');
  assert.equal(
    themeSvg(`<rect fill="${sentinel('node')}" stroke="${sentinel('node-border')}" style="opacity:1"/>`),
    '<rect style="fill:var(--hb-diagram-node);stroke:var(--hb-diagram-node-border);opacity:1"/>',
  );
});

test('a sentinel with transparency becomes a colour mix', () => {
  assert.equal(themeSvg('.labelBkg{background-color:rgba(1, 254, 1, 0.5);}'), '.labelBkg{background-color:color-mix(in srgb, var(--hb-diagram-bg) 50%, transparent);}');
});

test('character references and ids that look like hex are not colours', () => {
  const svg = '<text>a&#160;b</text><path marker-end="url(#hb-d1_arrow)"/>';
  assert.equal(themeSvg(svg), svg);
});

test('any other colour fails, naming it', () => {
  for (const [svg, colour] of [
    ['.katex path{fill:#000;}', '#000'],
    ['<rect fill="#eaeaea"/>', '#eaeaea'],
    ['.x{stroke:rgba(0,0,0,0.2)}', 'rgba(0,0,0,0.2)'],
    ['.x{fill:hsl(120, 50%, 25%)}', 'hsl(120, 50%, 25%)'],
    ['<path stroke="black"/>', 'stroke: black'],
  ] as const) {
    assert.throws(() => themeSvg(svg), (error: unknown) => error instanceof UnknownColourError && error.colours.includes(colour), svg);
  }
  assert.throws(() => themeSvg('.x{fill:#123456}'), /colours outside the site's palette: #123456/);
});

test('keywords are not colours to refuse', () => {
  assert.doesNotThrow(() => themeSvg('.x{fill:none;stroke:currentColor;color:inherit;fill:transparent}'));
});

test('the book writes one theme\'s values in', () => {
  const themed = themeSvg(`.n{fill:${sentinel('node')}}`);
  assert.equal(svgInTheme(themed, 'light'), `.n{fill:${palette.find((entry) => entry.role === 'node')!.light.value}}`);
  assert.equal(svgInTheme(themed, 'dark'), `.n{fill:${palette.find((entry) => entry.role === 'node')!.dark.value}}`);
});
