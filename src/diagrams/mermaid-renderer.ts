import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../build/chromium.ts';
import { cacheFolder, readCachedJson, writeCachedJson } from '../build/disk-cache.ts';
import { sentinelThemeVariables } from './palette.ts';
import { labelLines } from './label-breaks.ts';
import { tidySvg } from './tidy-svg.ts';

/**
 * Renders Mermaid source to SVG in one shared headless Chromium, with a content-hash cache on disk.
 * A build that finds every diagram in the cache never starts the browser.
 */

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion: string = require('mermaid/package.json').version;

/** One rendered diagram, in sentinel colours (see palette.ts). */
export interface RenderedSvg {
  svg: string;
  /** Natural size from the SVG's viewBox, in CSS pixels. */
  width: number;
  height: number;
  /** The lines of each multi-line label (label-breaks.ts), read once here rather than on every build. */
  labels: string[][];
}

/** A Mermaid syntax error, with the line inside the diagram source where Mermaid found it. */
export class DiagramSyntaxError extends Error {
  readonly lineInDiagram: number | undefined;
  constructor(message: string, lineInDiagram: number | undefined) {
    super(message);
    this.name = 'DiagramSyntaxError';
    this.lineInDiagram = lineInDiagram;
  }
}

/**
 * Starlight's system font stack (--sl-font-system): the build lays out labels in the font readers
 * see them in, as closely as one machine can.
 */
export const diagramFont =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif";

/**
 * Mermaid wraps a node label's line wider than this many pixels at spaces, and splits a single word
 * wider than it mid-word: its default, 120, split "DestinationRule)". At 240 no node label in the
 * handbook needs a split (edge labels wrap at 200, which Mermaid does not let us set); authors break
 * longer words with <br/>, and the build fails on any mid-word break (label-breaks.ts).
 */
const WRAPPING_WIDTH_PX = 240;

function mermaidConfig() {
  return {
    startOnLoad: false,
    // `base` is the one theme whose colours all come from themeVariables.
    theme: 'base',
    look: 'classic',
    themeVariables: { ...sentinelThemeVariables(), fontFamily: diagramFont, fontSize: '16px' },
    // Bad input must fail the build, not become an error picture.
    suppressErrorRendering: true,
    securityLevel: 'strict',
    // Plain SVG <text> rather than HTML in <foreignObject>: real text that survives a font change
    // between the build's Chromium and the reader's browser.
    htmlLabels: false,
    fontFamily: diagramFont,
    // Tighter than Mermaid's 50 px gaps, so that more diagrams fit the ~720 px column at full size.
    flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: WRAPPING_WIDTH_PX, nodeSpacing: 30, rankSpacing: 40, minNodeWidth: 40, padding: 10 },
    sequence: { actorFontFamily: diagramFont, noteFontFamily: diagramFont, messageFontFamily: diagramFont },
  };
}

/** Where rendered SVG is kept between builds; `.cache/` is ignored by git. */
const cacheDir = cacheFolder('diagrams');

/** Bump when what is cached changes for the same source and config (tidy-svg.ts, stableIds, labels). */
const PIPELINE_VERSION = 5;

function cacheKey(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify([PIPELINE_VERSION, mermaidVersion, mermaidConfig(), source]))
    .digest('hex');
}

let browser: Promise<Browser> | undefined;
let page: Promise<Page> | undefined;
/** Diagrams render one at a time: Mermaid keeps global state while it renders. */
let queue: Promise<unknown> = Promise.resolve();
/** How many times this process started Chromium (the bench and tests read it). */
export let browserLaunches = 0;

function sharedPage(): Promise<Page> {
  page ??= (async () => {
    browserLaunches += 1;
    // The benchmark looks for this line to prove a warm build starts no browser.
    console.log('[diagrams] a diagram is not in the cache: starting Chromium to render it');
    browser = chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
    const newPage = await (await browser).newPage();
    await newPage.setContent('<!doctype html><html><body></body></html>');
    await newPage.addScriptTag({ path: mermaidScript });
    return newPage;
  })();
  return page;
}

/**
 * `id` becomes the SVG's id and scopes Mermaid's embedded CSS, so it must be unique on a page and
 * stable across builds (reproducible output): it is derived from the cache key.
 */
async function renderInBrowser(source: string, id: string): Promise<RenderedSvg> {
  const target = await sharedPage();
  const result = await target.evaluate(
    async ({ source, id, config }) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
      mermaid.initialize(config);
      try {
        const { svg } = await mermaid.render(id, source);
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        const box = holder.querySelector('svg')?.viewBox.baseVal;
        return { ok: true as const, svg, width: box?.width ?? 0, height: box?.height ?? 0 };
      } catch (error) {
        const err = error as { message?: string; hash?: { loc?: { first_line?: number } } };
        return { ok: false as const, message: String(err.message ?? error), line: err.hash?.loc?.first_line };
      } finally {
        document.getElementById(id)?.remove();
        document.getElementById(`d${id}`)?.remove();
      }
    },
    { source, id, config: mermaidConfig() },
  );
  if (!result.ok) {
    const line = result.line ?? (Number(/on line (\d+)/.exec(result.message)?.[1]) || undefined);
    throw new DiagramSyntaxError(result.message, line);
  }
  const svg = tidySvg(stableIds(result.svg, id));
  return { svg, width: result.width, height: result.height, labels: labelLines(svg) };
}

/**
 * Mermaid numbers some elements with counters that run on across renders in the page (a sequence
 * diagram's `actor6`, a block diagram's `root-117`), so the same diagram would get other ids after
 * other diagrams, and two cold builds that render in another order would differ. Numbers them per
 * diagram, under the diagram's own id (unique on the page). Nothing in the SVG refers to these ids.
 */
export function stableIds(svg: string, id: string): string {
  const renamed = new Map<string, string>();
  return svg.replace(/\bid="(actor|root-)(\d+)"/g, (_match, kind: string, number: string) => {
    const old = `${kind}${number}`;
    if (!renamed.has(old)) renamed.set(old, `${id}-${kind.replace(/-$/, '')}${renamed.size}`);
    return `id="${renamed.get(old)}"`;
  });
}

interface MermaidGlobal {
  initialize(config: object): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}

/** Renders one diagram, from the cache when the same source was rendered before. */
export function renderDiagram(source: string): Promise<RenderedSvg> {
  const key = cacheKey(source);
  const cached = readCachedJson<RenderedSvg>(cacheDir, key);
  if (cached) return Promise.resolve(cached);
  const next = queue.then(async () => {
    const rendered = await renderInBrowser(source, `hb-d${key.slice(0, 12)}`);
    writeCachedJson(cacheDir, key, rendered);
    return rendered;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Closes the shared browser, if one was started; the build calls this when it is done. */
export async function closeDiagramRenderer(): Promise<void> {
  const running = browser;
  browser = undefined;
  page = undefined;
  if (running) await (await running).close();
}
