// Runs a command as the benchmark measures it: wall time, and the peak memory of its whole process
// tree (Node, Astro, the Chromium that renders diagrams), sampled from /proc four times a second.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run {
  seconds: number;
  /** Peak resident memory of the process and its descendants; undefined where /proc is missing. */
  peakMemoryBytes: number | undefined;
  output: string;
  ok: boolean;
}

const PAGE_BYTES = 4096;

/** Resident bytes of `root` and every process below it. */
function treeResidentBytes(root: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const name of entries) {
    try {
      // pid (comm) state ppid ... rss is the 24th field; comm may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      resident.set(pid, Number(fields[21]) * PAGE_BYTES);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += resident.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak: number | undefined;
  const sample = () => {
    const bytes = child.pid ? treeResidentBytes(child.pid) : undefined;
    if (bytes !== undefined) peak = Math.max(peak ?? 0, bytes);
  };
  const sampler = setInterval(sample, 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakMemoryBytes: peak, output, ok: status === 0 };
}
