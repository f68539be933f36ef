import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cacheFolder, readCachedJson, writeCachedJson } from '../build/disk-cache.ts';
import type { ExampleProblem } from './check-yaml-example.ts';

/** Each `bash -n` is a process start (~20 ms); a rebuild reads the verdict of an unchanged example from here. */
const cacheDir = cacheFolder('shell-checks');

/** Checks that a shell example parses (`bash -n`); it is never run. */
export function checkShellExample(source: string): ExampleProblem[] {
  const key = createHash('sha256').update(source).digest('hex');
  const cached = readCachedJson<ExampleProblem[]>(cacheDir, key);
  if (cached) return cached;
  const result = spawnSync('bash', ['-n'], { input: source, encoding: 'utf8' });
  if (result.error) throw result.error;
  const problems = result.status === 0 ? [] : result.stderr
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const match = /line (\d+): (.*)$/.exec(line);
      return { line: match ? Number(match[1]) : 1, message: `shell does not parse: ${match ? match[2] : line}` };
    });
  writeCachedJson(cacheDir, key, problems);
  return problems;
}
