// `npm run bench`: the handbook's performance figures, written to bench/report.json.
// - build: cold (empty caches) and warm (caches full) times, per page, including the book's PDFs; a warm
//   build must start no browser for diagrams
// - reproducible: the cold and the warm build produce byte-identical output
// - dist size; script bytes a chapter loads before any interaction (budget 15 KB)
// - search: Pagefind index bytes per page, median query latency after init (target 30 ms)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../../src/build/chromium.ts';
import { loadPagefind, topResults } from '../../tests/e2e/pagefind.ts';
import { searchQueries } from '../../tests/e2e/search-queries.ts';
import { serveStatic } from '../static-server.ts';

const SCRIPT_BUDGET_BYTES = 15 * 1024;
const QUERY_LATENCY_TARGET_MS = 30;
const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
// Its own caches (diagrams, CRD fields, Envoy API, the book's PDF, Astro's): the first build is cold.
const caches = { HANDBOOK_CACHE_DIR: join(work, 'cache'), HANDBOOK_ASTRO_CACHE_DIR: join(work, 'astro') };

function build(name: string) {
  const outDir = join(work, name);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ...caches, HANDBOOK_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${name} build failed:\n${result.stdout}\n${result.stderr}`);
  return { outDir, seconds, startedBrowser: result.stdout.includes('[diagrams] a diagram is not in the cache') };
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

function bytes(paths: string[]): number {
  return paths.reduce((sum, path) => sum + statSync(path).size, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cold = build('cold');
const warm = build('warm');
const pages = files(cold.outDir).filter((path) => path.endsWith('index.html'));
const pagefindFiles = files(join(cold.outDir, 'pagefind'));
const diagrams = pages.reduce((count, page) => count + (readFileSync(page, 'utf8').match(/class="hb-diagram"/g)?.length ?? 0), 0);

const site = await serveStatic(cold.outDir);
const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
const chapters = ['/architecture/overview/', '/xds/transport/', '/cloud-native/stack-model/'];
const scriptBytes: Record<string, number> = {};
for (const path of chapters) {
  const page = await browser.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => body.length));
  });
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  let total = (await Promise.all(bodies)).reduce((sum, length) => sum + length, 0);
  // Inline scripts count too: they are script the reader's browser parses on load.
  total += await page.evaluate(() => [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + s.text.length, 0));
  scriptBytes[path] = total;
  await page.close();
}

const page = await browser.newPage({ baseURL: site.url });
await loadPagefind(page);
await topResults(page, 'warm up');
const latencies: number[] = [];
for (let round = 0; round < 3; round += 1) {
  for (const { query } of searchQueries) latencies.push((await topResults(page, query)).ms);
}
await browser.close();
await site.close();

const report = {
  date: new Date().toISOString(),
  pages: pages.length,
  diagrams,
  build: {
    coldSeconds: +cold.seconds.toFixed(1),
    warmSeconds: +warm.seconds.toFixed(1),
    coldSecondsPerPage: +(cold.seconds / pages.length).toFixed(2),
    warmSecondsPerPage: +(warm.seconds / pages.length).toFixed(2),
    coldBuildStartedBrowser: cold.startedBrowser,
    warmBuildStartedBrowser: warm.startedBrowser,
  },
  reproducible: treeHash(cold.outDir) === treeHash(warm.outDir),
  distBytes: bytes(files(cold.outDir)),
  scriptBytesBeforeInteraction: { budget: SCRIPT_BUDGET_BYTES, perPage: scriptBytes, withinBudget: Object.values(scriptBytes).every((b) => b <= SCRIPT_BUDGET_BYTES) },
  search: {
    indexBytes: bytes(pagefindFiles),
    indexBytesPerPage: Math.round(bytes(pagefindFiles) / pages.length),
    queries: latencies.length,
    medianQueryMs: +median(latencies).toFixed(2),
    targetMs: QUERY_LATENCY_TARGET_MS,
    withinTarget: median(latencies) <= QUERY_LATENCY_TARGET_MS,
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
const failures = [
  report.build.warmBuildStartedBrowser && 'the warm build started a browser',
  !report.reproducible && 'two builds of the same commit differ',
  !report.scriptBytesBeforeInteraction.withinBudget && 'a chapter loads more than 15 KB of script before interaction',
  !report.search.withinTarget && 'median search latency is over 30 ms',
].filter(Boolean);
if (failures.length > 0) {
  console.error(`\nBenchmark goals missed: ${failures.join('; ')}.`);
  process.exit(1);
}
