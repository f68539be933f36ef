import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contrastPairs, palette, roleProperty } from '../../src/diagrams/palette.ts';

const root = join(import.meta.dirname, '..', '..');
const starlightProps = readFileSync(join(root, 'node_modules', '@astrojs', 'starlight', 'dist', 'style', 'props.css'), 'utf8');
const diagramsCss = readFileSync(join(root, 'src', 'diagrams', 'diagrams.css'), 'utf8');

/** The declarations of the first block whose selector starts with `selector`. */
function block(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  assert.ok(start >= 0, `${selector} is in the stylesheet`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** Starlight's value of a colour variable in a theme, with `var(--sl-hue-*)` resolved. */
function starlightValue(variable: string, theme: 'light' | 'dark'): string | undefined {
  const dark = block(starlightProps, ':root,');
  const light = block(starlightProps, ":root[data-theme='light']");
  const raw = (theme === 'light' ? (light.get(variable) ?? dark.get(variable)) : dark.get(variable));
  return raw?.replace(/var\((--sl-hue-\w+)\)/g, (_all, hue: string) => dark.get(hue) ?? hue);
}

function hslToRgb(hsl: string): [number, number, number] {
  const match = /hsl\(\s*([\d.]+),\s*([\d.]+)%,\s*([\d.]+)%\s*\)/.exec(hsl);
  assert.ok(match, `${hsl} is an hsl() colour`);
  const [h, s, l] = [Number(match[1]), Number(match[2]) / 100, Number(match[3]) / 100];
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hsl: string): number {
  const [r, g, b] = hslToRgb(hsl).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test('the contrast helper agrees with known WCAG ratios', () => {
  assert.equal(Math.round(contrast('hsl(0, 0%, 0%)', 'hsl(0, 0%, 100%)')), 21);
  assert.ok(Math.abs(contrast('hsl(0, 0%, 46.7%)', 'hsl(0, 0%, 100%)') - 4.48) < 0.05, '#777 on white is about 4.48');
});

for (const theme of ['light', 'dark'] as const) {
  test(`every palette pair meets WCAG AA in the ${theme} theme`, () => {
    const value = (role: string) => palette.find((entry) => entry.role === role)![theme].value;
    const failures = contrastPairs
      .map((pair) => ({ ...pair, ratio: contrast(value(pair.foreground), value(pair.background)) }))
      .filter((pair) => pair.ratio < pair.minimum)
      .map((pair) => `${pair.foreground} on ${pair.background}: ${pair.ratio.toFixed(2)} < ${pair.minimum}`);
    assert.deepEqual(failures, []);
  });

  test(`the palette's ${theme} values are Starlight's own`, () => {
    for (const entry of palette) {
      assert.equal(entry[theme].value, starlightValue(entry[theme].variable, theme), `${entry.role}: ${entry[theme].variable}`);
    }
  });

  test(`diagrams.css maps each role to the palette's Starlight variable in the ${theme} theme`, () => {
    const declared = block(diagramsCss, theme === 'light' ? ":root[data-theme='light']" : ':root {');
    for (const entry of palette) {
      assert.equal(declared.get(roleProperty(entry.role)), `var(${entry[theme].variable})`, entry.role);
    }
  });
}

test('sentinels are distinct', () => {
  const sentinels = palette.map((entry) => entry.sentinel.toLowerCase());
  assert.equal(new Set(sentinels).size, sentinels.length);
});
