// Where a build's CPU time goes, from a V8 CPU profile (`node --cpu-prof`): self time summed by the
// package (or handbook feature folder) each sampled function belongs to, then by the build step
// those packages make up. Sampling, not tracing: concurrent work is counted once, as it ran.
import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Build steps, by the packages that do their work; the first match wins. */
const steps: [string, RegExp][] = [
  ['handbook: example checks (YAML, Envoy, shell)', /^handbook src\/examples|^(yaml|@kubernetes-models\/.*|@bufbuild\/protobuf|protobufjs)$/],
  ['handbook: diagrams', /^handbook src\/diagrams|^playwright-core$/],
  ['handbook: other code', /^handbook /],
  // Sätteri (Astro's Markdown processor) parses, smartens punctuation and writes HTML in one native step.
  ['Markdown and MDX parsing', /^(satteri|@astrojs\/markdown-satteri|micromark.*|mdast-util.*|remark-.*|@mdx-js\/.*|estree-util-.*|acorn.*|unified|vfile.*|decode-named-character-reference)$/],
  ['smartypants (typographic quotes)', /^(retext.*|parse-latin|nlcst-.*|remark-smartypants|unist-util-modify-children)$/],
  ['Expressive Code (code blocks, Shiki)', /^(@expressive-code\/.*|expressive-code|rehype-expressive-code|astro-expressive-code|@shikijs\/.*|shiki|wasm)$/],
  ['HTML trees (parse, raw, serialize)', /^(parse5|hast-util-.*|hastscript|stringify-entities|property-information|rehype-.*|zwitch|html-void-elements|character-entities.*|space-separated-tokens|comma-separated-tokens)$/],
  ['tree walking (unist-util-visit)', /^unist-util-.*$/],
  ['Astro and page rendering', /^(astro|@astrojs\/.*|compiled pages|i18next|zod)$/],
  ['bundling (Vite, Rolldown)', /^(vite|rolldown|@rolldown\/.*|esbuild|lightningcss)$/],
  ['search index (Pagefind)', /^(pagefind|@pagefind\/.*)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle (waiting on I/O or child processes)', /^\(idle\)$/],
  ['Node.js (modules, I/O)', /^(node core|\(program\)|\(native\))$/],
];

function packageOf(url: string, functionName: string): string {
  // A process blocked on a child (the build wrapper waiting for Astro, a `bash -n`) is not using the CPU.
  if (functionName === 'spawnSync') return '(idle)';
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('wasm://')) return 'wasm';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.includes('/.astro/') || url.includes('/dist/.prerender/')) return 'compiled pages';
  const handbook = /\/(src\/[^/]+|scripts)\//.exec(url);
  if (handbook) return `handbook ${handbook[1]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

export interface CpuBreakdown {
  totalSeconds: number;
  /** Seconds per build step, largest first. */
  bySteps: Record<string, number>;
  /** Seconds per package, the 25 largest. */
  byPackage: Record<string, number>;
}

const seconds = (us: number) => +(us / 1e6).toFixed(2);
const largestFirst = (table: Map<string, number>, limit: number) =>
  Object.fromEntries([...table].sort(([, a], [, b]) => b - a).slice(0, limit).map(([name, us]) => [name, seconds(us)]));

/** Sums one or more CPU profiles of a build. */
export function cpuBreakdown(files: string[]): CpuBreakdown {
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const packages = new Map(profile.nodes.map((node) => [node.id, packageOf(node.callFrame.url, node.callFrame.functionName)]));
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const name = packages.get(id)!;
      byPackage.set(name, (byPackage.get(name) ?? 0) + us);
      total += us;
    });
  }
  const bySteps = new Map<string, number>();
  for (const [name, us] of byPackage) {
    const step = steps.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    bySteps.set(step, (bySteps.get(step) ?? 0) + us);
  }
  return { totalSeconds: seconds(total), bySteps: largestFirst(bySteps, Infinity), byPackage: largestFirst(byPackage, 25) };
}
