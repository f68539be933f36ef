// `npm run bench`: the handbook's performance figures, written to bench/report.json (see bench/README.md).
// - build: cold (empty caches) and warm (caches full) times and peak memory, including the book's PDFs;
//   a warm build must start no browser for diagrams
// - bare Starlight: the same chapters built by Starlight alone, in the same run; the ratios to it
// - profile: where a warm build's time goes, per stage, integration hook and Markdown (Sätteri) plugin
//   (HANDBOOK_PROFILE), and its CPU time per build step and package (node --cpu-prof)
// - reproducible: the cold and the warm build produce byte-identical output
// - dist size; script bytes a chapter loads before any interaction (budget 15 KB)
// - search: Pagefind index bytes per page, median query latency after init (target 30 ms)
// - writers' loop: save-to-browser time in `astro dev`, for prose and for a new diagram
// - test layers: how long each layer of the last `npm test` took (.cache/test-layers.json)
// `npm run bench -- --scale 1000` instead builds generated sites of 100, 300 and 1,000 pages, cold and
// warm, and adds their time and peak memory per page to the report.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../../src/build/chromium.ts';
import { loadPagefind, topResults } from '../../tests/e2e/pagefind.ts';
import { searchQueries } from '../../tests/e2e/search-queries.ts';
import { serveStatic } from '../static-server.ts';
import { cpuBreakdown } from './cpu-profile.ts';
import { measure, type Run } from './run.ts';
import { writeScaleSite } from './scale.ts';
import { measureWritersLoop } from './writers-loop.ts';

const goals = {
  scriptBudgetBytes: 15 * 1024,
  queryLatencyMs: 30,
  warmRatioToBareStarlight: 1.5,
  coldRatioToBareStarlight: 3,
  proseEditSeconds: 1,
  diagramEditSeconds: 3,
  scaleWarmSecondsFor1000Pages: 180,
  scalePeakMemoryBytes: 4 * 1024 ** 3,
  testMinutes: 15,
};
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
const reportFile = join('bench', 'report.json');

interface Build extends Run {
  outDir: string;
  startedBrowser: boolean;
}

/** One build with caches under `name`'s own folders: the first build with a given cache name is cold. */
async function build(name: string, cache: string, options: { srcDir?: string; bare?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Build> {
  const outDir = join(work, name);
  const env = {
    ...process.env,
    HANDBOOK_CACHE_DIR: join(work, `cache-${cache}`),
    HANDBOOK_ASTRO_CACHE_DIR: join(work, `astro-${cache}`),
    HANDBOOK_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.srcDir ? { HANDBOOK_SRC_DIR: options.srcDir, HANDBOOK_PDF: '0' } : {}),
    ...options.env,
  };
  const [command, args] = options.bare
    ? ['astro', ['build', '--config', 'scripts/bench/bare-starlight.config.ts']]
    : [process.execPath, ['scripts/build.mjs']];
  const run = await measure(command, args, env);
  if (!run.ok) throw new Error(`${name} build failed:\n${run.output}`);
  console.log(`[bench] ${name}: ${run.seconds.toFixed(1)} s`);
  return { ...run, outDir, startedBrowser: run.output.includes('[diagrams] a diagram is not in the cache') };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir).sort()) hash.update(relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}

const bytes = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);
/** The middle item by `value` (the upper middle of an even count). */
const middle = <T>(items: T[], value: (item: T) => number): T => [...items].sort((a, b) => value(a) - value(b))[Math.floor(items.length / 2)]!;
const median = (values: number[]) => middle(values, (value) => value);
const round = (value: number, digits = 2) => +value.toFixed(digits);
const pagesIn = (outDir: string) => files(outDir).filter((path) => path.endsWith('index.html')).length;
const megabytes = (value: number | undefined) => (value === undefined ? undefined : Math.round(value / 1024 ** 2));

/** How long the book step took (its languages print side by side), from its last line. */
function bookSeconds(output: string): number {
  const seconds = /^\[book\] step: .* in ([\d.]+) s$/m.exec(output)?.[1];
  if (seconds === undefined) throw new Error('bench: the build printed no "[book] step: … in N s" line');
  return Number(seconds);
}

function buildFigures(run: Run, pages: number) {
  return { seconds: round(run.seconds, 1), secondsPerPage: round(run.seconds / pages, 3), peakMemoryMB: megabytes(run.peakMemoryBytes) };
}

async function scaleReport(largest: number) {
  const sizes = [...new Set([100, 300, 1000].filter((size) => size < largest).concat(largest))];
  const steps = [];
  for (const size of sizes) {
    const srcDir = writeScaleSite(size, root);
    const cold = await build(`scale-${size}-cold`, `scale-${size}`, { srcDir });
    const warm = await build(`scale-${size}-warm`, `scale-${size}`, { srcDir });
    const pages = pagesIn(cold.outDir);
    steps.push({ pages, cold: buildFigures(cold, pages), warm: buildFigures(warm, pages) });
  }
  const largestStep = steps.at(-1)!;
  const peak = Math.max(...steps.flatMap((step) => [step.cold.peakMemoryMB ?? 0, step.warm.peakMemoryMB ?? 0]));
  return {
    date: new Date().toISOString(),
    note: 'Generated from copies of the English chapters (diagrams made unique per copy); the book PDF is not printed at this scale.',
    steps,
    warmSecondsPerPageGrowth: round(largestStep.warm.secondsPerPage / steps[0]!.warm.secondsPerPage),
    goals: {
      warm1000PagesUnder180s: largestStep.pages >= 1000 ? largestStep.warm.seconds <= goals.scaleWarmSecondsFor1000Pages : undefined,
      peakMemoryUnder4GB: peak * 1024 ** 2 <= goals.scalePeakMemoryBytes,
    },
  };
}

async function scriptBytesBeforeInteraction(browser: Browser, url: string, paths: string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const path of paths) {
    const page = await browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => body.length));
    });
    await page.goto(url + path, { waitUntil: 'networkidle' });
    let total = (await Promise.all(bodies)).reduce((sum, length) => sum + length, 0);
    // Inline scripts count too: they are script the reader's browser parses on load.
    total += await page.evaluate(() => [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + s.text.length, 0));
    result[path] = total;
    await page.close();
  }
  return result;
}

async function searchLatencies(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage({ baseURL: url });
  await loadPagefind(page);
  await topResults(page, 'warm up');
  const latencies: number[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    for (const { query } of searchQueries) latencies.push((await topResults(page, query)).ms);
  }
  await page.close();
  return latencies;
}

async function fullReport() {
  const cold = await build('cold', 'handbook');
  const bareCold = await build('bare-cold', 'bare', { bare: true });
  // Warm builds take turns with bare Starlight's, three of each, and each side's median counts: on a
  // shared machine one pair of runs can be seconds apart for reasons of its own.
  const warmRuns: Build[] = [];
  const bareWarmRuns: Build[] = [];
  for (let turn = 1; turn <= 3; turn++) {
    warmRuns.push(await build(`warm-${turn}`, 'handbook'));
    bareWarmRuns.push(await build(`bare-warm-${turn}`, 'bare', { bare: true }));
  }
  const warm = middle(warmRuns, (run) => run.seconds);
  const bareWarm = middle(bareWarmRuns, (run) => run.seconds);
  const profileFile = join(work, 'profile.json');
  const cpuDir = join(work, 'cpu');
  await build('profiled', 'handbook', { env: { HANDBOOK_PROFILE: profileFile, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${cpuDir}` } });
  const pages = pagesIn(cold.outDir);
  const html = files(cold.outDir).filter((path) => path.endsWith('.html'));
  const diagrams = html.reduce((count, page) => count + (readFileSync(page, 'utf8').match(/class="hb-diagram"/g)?.length ?? 0), 0);

  const site = await serveStatic(cold.outDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
  const scriptBytes = await scriptBytesBeforeInteraction(browser, site.url, ['/architecture/overview/', '/xds/transport/', '/cloud-native/stack-model/']);
  const latencies = await searchLatencies(browser, site.url);
  await browser.close();
  await site.close();
  const writersLoop = await measureWritersLoop({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
  const testLayersFile = join(root, '.cache', 'test-layers.json');
  const pagefindFiles = files(join(cold.outDir, 'pagefind'));
  const report = {
    date: new Date().toISOString(),
    pages,
    diagrams,
    build: {
      cold: { ...buildFigures(cold, pages), startedBrowser: cold.startedBrowser },
      warm: { ...buildFigures(warm, pages), startedBrowser: warmRuns.some((run) => run.startedBrowser), runsSeconds: warmRuns.map((run) => round(run.seconds, 1)) },
      bareStarlightCold: buildFigures(bareCold, pages),
      bareStarlightWarm: { ...buildFigures(bareWarm, pages), runsSeconds: bareWarmRuns.map((run) => round(run.seconds, 1)) },
      warmRatioToBareStarlight: round(warm.seconds / bareWarm.seconds),
      coldRatioToBareStarlight: round(cold.seconds / bareCold.seconds),
      // The book step's own lines (size, pages, seconds per language, printed side by side).
      coldBook: cold.output.match(/^\[book\] .*$/gm) ?? [],
      coldRatioToBareStarlightWithoutBook: round((cold.seconds - bookSeconds(cold.output)) / bareCold.seconds),
    },
    warmProfile: {
      ...(JSON.parse(readFileSync(profileFile, 'utf8')) as object),
      cpu: cpuBreakdown(files(cpuDir).filter((file) => file.endsWith('.cpuprofile'))),
    },
    reproducible: treeHash(cold.outDir) === treeHash(warm.outDir),
    distBytes: bytes(files(cold.outDir)),
    htmlBytes: bytes(html),
    scriptBytesBeforeInteraction: { budget: goals.scriptBudgetBytes, perPage: scriptBytes },
    search: {
      indexBytes: bytes(pagefindFiles),
      indexBytesPerPage: Math.round(bytes(pagefindFiles) / pages),
      queries: latencies.length,
      medianQueryMs: round(median(latencies)),
    },
    writersLoop: {
      ...writersLoop,
      proseEditMedianSeconds: median(writersLoop.proseEditSeconds),
      diagramEditMedianSeconds: median(writersLoop.diagramEditSeconds),
    },
    testLayers: existsSync(testLayersFile) ? JSON.parse(readFileSync(testLayersFile, 'utf8')) : 'run `npm test` first',
  };
  const met = {
    warmBuildStartsNoBrowser: !report.build.warm.startedBrowser,
    reproducible: report.reproducible,
    scriptWithinBudget: Object.values(scriptBytes).every((b) => b <= goals.scriptBudgetBytes),
    searchMedianWithin30ms: report.search.medianQueryMs <= goals.queryLatencyMs,
    warmWithin1_5xBareStarlight: report.build.warmRatioToBareStarlight <= goals.warmRatioToBareStarlight,
    coldWithin3xBareStarlight: report.build.coldRatioToBareStarlight <= goals.coldRatioToBareStarlight,
    proseEditUnder1s: report.writersLoop.proseEditMedianSeconds <= goals.proseEditSeconds,
    diagramEditUnder3s: report.writersLoop.diagramEditMedianSeconds <= goals.diagramEditSeconds,
    ...(typeof report.testLayers === 'object' ? { testUnder15Minutes: report.testLayers.totalSeconds <= goals.testMinutes * 60 } : {}),
  };
  return { ...report, goals: met };
}

const scaleArgument = process.argv.indexOf('--scale');
const previous = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>) : {};
const report =
  scaleArgument >= 0
    ? { ...previous, scale: await scaleReport(Number(process.argv[scaleArgument + 1] ?? 1000)) }
    : { ...(await fullReport()), ...(previous.scale ? { scale: previous.scale } : {}) };
mkdirSync('bench', { recursive: true });
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
const section = scaleArgument >= 0 ? (report as { scale: { goals: Record<string, boolean | undefined> } }).scale.goals : (report as { goals: Record<string, boolean> }).goals;
const missed = Object.entries(section).filter(([, met]) => met === false).map(([goal]) => goal);
if (missed.length > 0) {
  console.error(`\nBenchmark goals missed: ${missed.join(', ')}.`);
  process.exit(1);
}
