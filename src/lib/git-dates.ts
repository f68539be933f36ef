import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

let newestCommitDates: Map<string, Date> | undefined;

/**
 * The date of the newest commit that touched each file under `dir`, from one `git log` call.
 * Keys are absolute paths. Files git does not know (new, or outside a checkout) are absent.
 */
function readNewestCommitDates(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (root.status !== 0) return dates;
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0) return dates;
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) current = new Date(Number(line.slice(2)) * 1000);
    else if (line && current) {
      const file = resolve(root.stdout.trim(), line);
      // git log lists newest first: keep the first date seen for each file.
      if (!dates.has(file)) dates.set(file, current);
    }
  }
  return dates;
}

/** When the file was last committed, or undefined if git has no history for it. */
export function lastCommitDate(file: string, contentDir: string): Date | undefined {
  newestCommitDates ??= readNewestCommitDates(resolve(contentDir));
  return newestCommitDates.get(resolve(file));
}
