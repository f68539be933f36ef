import { spawnSync } from 'node:child_process';
import type { ExampleProblem } from './check-yaml-example.ts';

/** Checks that a shell example parses (`bash -n`); it is never run. */
export function checkShellExample(source: string): ExampleProblem[] {
  const result = spawnSync('bash', ['-n'], { input: source, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const match = /line (\d+): (.*)$/.exec(line);
      return { line: match ? Number(match[1]) : 1, message: `shell does not parse: ${match ? match[2] : line}` };
    });
}
