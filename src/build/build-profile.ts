import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { MdastPluginEntry } from 'satteri';

/**
 * Where a build spends its time, for `npm run bench`. Off unless HANDBOOK_PROFILE names the JSON file
 * to write; then it records:
 * - stages: Astro's build from process start to config, content sync, bundling and rendering,
 *   and the after-build hooks (search index, link check);
 * - every integration hook (Starlight's Pagefind step, the links validator, ...), timed each call;
 * - each of the handbook's Markdown (Sätteri mdast) plugins, its visitors summed over chapters (an async
 *   visitor's time includes its waits, which overlap across chapters).
 * Where the rest of the time goes, package by package, is the CPU profile's job (scripts/bench/cpu-profile.ts):
 * Vite transforms modules concurrently, so timing its plugins call by call would count the same time many times.
 */

const profileFile = process.env.HANDBOOK_PROFILE;
const totals = { stages: new Map<string, number>(), integrationHooks: new Map<string, number>(), markdownPlugins: new Map<string, number>() };
const add = (table: Map<string, number>, name: string, ms: number) => table.set(name, (table.get(name) ?? 0) + ms);

type Visitor = (this: unknown, ...args: unknown[]) => unknown;

/** A visitor or hook that adds its time to `name`: synchronously when it returns a value, when it settles when it returns a promise. */
function timedVisitor(name: string, visitor: Visitor): Visitor {
  return function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const stop = () => add(totals.markdownPlugins, name, performance.now() - started);
    let result: unknown;
    try {
      result = visitor.apply(this, args);
    } catch (error) {
      stop();
      throw error;
    }
    // Sätteri runs a plugin synchronously unless a visitor returns a promise: keep sync visitors sync.
    if (result instanceof Promise) return result.finally(stop);
    stop();
    return result;
  };
}

/**
 * Wraps a Sätteri mdast plugin (a definition, a per-document factory or a list) so that, when
 * profiling, the time spent in its visitors and hooks is summed under its name.
 */
export function timedMdastPlugin(entry: MdastPluginEntry): MdastPluginEntry {
  if (!profileFile || !entry) return entry;
  if (typeof entry === 'function') return (context) => timedMdastPlugin(entry(context));
  if ('name' in entry) {
    const timed = Object.entries(entry).filter(([, value]) => typeof value === 'function').map(([key, value]) => [key, timedVisitor(entry.name, value as Visitor)]);
    return { ...entry, ...Object.fromEntries(timed) };
  }
  return entry.map(timedMdastPlugin);
}

type Hook = (...args: unknown[]) => unknown;

function timedHook(label: string, hook: Hook, table: Map<string, number>): Hook {
  return async function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await hook.apply(this, args);
    } finally {
      add(table, label, performance.now() - started);
    }
  };
}

let lastMark = 0;
function mark(stage: string): void {
  const now = performance.now();
  add(totals.stages, stage, now - lastMark);
  lastMark = now;
}

const asObject = (table: Map<string, number>) =>
  Object.fromEntries([...table].sort(([, a], [, b]) => b - a).map(([name, ms]) => [name, Math.round(ms)]));

/**
 * The profiler: list it last in `integrations`, after Starlight, which adds its own (Expressive Code,
 * MDX, sitemap, the links validator) when it is set up; the profiler then adds one more after those,
 * which stops the clock after every other `astro:build:done` hook. It times every integration's build
 * hooks from `astro:config:done`, where the list is final.
 */
export function buildProfileIntegration(): AstroIntegration {
  const finish: AstroIntegration = {
    name: 'handbook:build-profile-end',
    hooks: {
      'astro:build:done': () => {
        mark('after-build hooks (search index, link check, sitemap)');
        writeFileSync(profileFile!, `${JSON.stringify(Object.fromEntries(Object.entries(totals).map(([key, table]) => [key, asObject(table)])), null, 2)}\n`);
      },
    },
  };
  return {
    name: 'handbook:build-profile',
    hooks: profileFile
      ? {
          'astro:config:setup': ({ updateConfig }) => {
            mark('start-up (Node, Astro, config)');
            updateConfig({ integrations: [finish] });
          },
          'astro:config:done': ({ config }) => {
            for (const integration of config.integrations) {
              if (integration.name.startsWith('handbook:build-profile')) continue;
              const hooks = integration.hooks as Record<string, Hook | undefined>;
              for (const [name, hook] of Object.entries(hooks)) {
                if (hook && name.startsWith('astro:build')) hooks[name] = timedHook(`${integration.name} ${name}`, hook, totals.integrationHooks);
              }
            }
          },
          'astro:build:start': () => mark('content sync and types'),
          'astro:build:generated': () => mark('bundling and rendering pages'),
        }
      : {},
  };
}
