/**
 * Chapter updates from git history, for the feed and the "What changed" page: which commit changed
 * which chapter, when, and whether it re-checked the chapter against an Istio release. Plain
 * TypeScript (no Astro), read once per build by `changes-integration.ts`.
 *
 *   git log --name-status (renames followed)      ->   { commit, date, subject, chapter: 'xds/transport.mdx',
 *   2026-12-02 Envoy and xDS part: accuracy pass …       added: false, release: '1.31' }
 *   M  content/docs/xds/transport.mdx
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** One file of a commit, as `git log --name-status` reports it. */
export interface FileChange {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed). */
  status: string;
  /** The path after the commit. */
  path: string;
  /** For a rename or copy, the path before. */
  from?: string;
  /** For a rename or copy, git's similarity score (100: the content did not change). */
  similarity?: number;
}

/** A commit and the files it changed. */
export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  subject: string;
  changes: FileChange[];
}

/** One commit's change to one chapter that exists today. */
export interface ChapterUpdate {
  commit: string;
  date: string;
  subject: string;
  /** The chapter's path today, relative to content/docs (`xds/transport.mdx`). */
  chapter: string;
  /** The commit created the chapter. */
  added: boolean;
  /** The Istio release the commit checked the chapter against, if it says so. */
  release?: string;
}

const COMMIT = '\x1e';
const FIELD = '\x1f';
/** The `--format` that `parseNameStatusLog` reads: one record per commit, fields split by \x1f. */
export const NAME_STATUS_FORMAT = `${COMMIT}%H${FIELD}%cI${FIELD}%s`;
/** The `--format` that `parseVersionLog` reads. */
export const VERSION_FORMAT = `${COMMIT}%H`;

/** Parses `git log -z --name-status --format=NAME_STATUS_FORMAT`: NUL-separated status and paths. */
export function parseNameStatusLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(COMMIT).slice(1)) {
    const [header = '', ...rest] = record.split('\0');
    const [hash = '', date = '', subject = ''] = header.split(FIELD);
    const tokens = rest.map((token) => token.replace(/^\n+/, '')).filter((token) => token !== '');
    const changes: FileChange[] = [];
    for (let i = 0; i < tokens.length; ) {
      const status = tokens[i++]!;
      const kind = status[0]!;
      if (kind === 'R' || kind === 'C') {
        changes.push({ status: kind, from: tokens[i++]!, path: tokens[i++]!, similarity: Number(status.slice(1)) });
      } else {
        changes.push({ status: kind, path: tokens[i++]! });
      }
    }
    commits.push({ hash, date, subject: subject.trim(), changes });
  }
  return commits;
}

/**
 * Parses `git log -p -U0 -G'^istioVersion:' --format=VERSION_FORMAT`: for each commit, the
 * `istioVersion` each changed file was given (commit -> path -> "1.31").
 */
export function parseVersionLog(output: string): Map<string, Map<string, string>> {
  const versions = new Map<string, Map<string, string>>();
  for (const record of output.split(COMMIT).slice(1)) {
    const [hash = '', ...lines] = record.split('\n');
    const files = new Map<string, string>();
    let path: string | undefined;
    for (const line of lines) {
      if (line.startsWith('+++ ')) path = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
      const version = /^\+istioVersion:\s*["']?([^"'\s]+)["']?\s*$/.exec(line)?.[1];
      if (path && version) files.set(path, version);
    }
    if (files.size > 0) versions.set(hash.trim(), files);
  }
  return versions;
}

/**
 * The release a commit subject says the commit checked pages against: "accuracy pass for Istio 1.31",
 * "checked against Istio 1.32", "re-checked for Istio 1.32". That is how the history words it; a
 * subject that only cites a release's source ("release-1.31 supported_features.go") is not a check.
 */
export function releaseInSubject(subject: string): string | undefined {
  return /\b(?:accuracy pass|(?:re-?)?checked)\b[^.;]*?\b(?:for|against)\s+Istio\s+(\d+\.\d+)\b/i.exec(subject)?.[1];
}

/**
 * Each commit's changes to chapters that exist today, newest first. `commits` must be children
 * before parents (`git log --topo-order`), so that a rename seen first maps the older path onto the
 * chapter's path today. A pure rename (similarity 100) moves a chapter without changing it and is
 * not an update; a deletion ends the old file's history, so a later file at the same path does not
 * inherit it. A commit that gives a chapter a new `istioVersion` re-checked it for that release.
 *
 * @param prefix the chapters' folder relative to the repository root, with a trailing slash (`content/docs/`)
 * @param isChapter whether a path under `prefix` is a chapter today
 * @param versions from `parseVersionLog`
 */
export function chapterUpdates(
  commits: readonly Commit[],
  prefix: string,
  isChapter: (chapter: string) => boolean,
  versions: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
): ChapterUpdate[] {
  // A path in older commits -> the path the same file has today (null: that file was deleted).
  const today = new Map<string, string | null>();
  const resolve = (path: string) => (today.has(path) ? today.get(path)! : path);
  const updates: ChapterUpdate[] = [];
  for (const commit of commits) {
    const ofCommit: ChapterUpdate[] = [];
    for (const change of commit.changes) {
      const current = resolve(change.path);
      if (change.status === 'D') {
        today.set(change.path, null);
        continue;
      }
      if (change.status === 'R' && change.from) today.set(change.from, current);
      if (current === null || !current.startsWith(prefix)) continue;
      const chapter = current.slice(prefix.length);
      if (!isChapter(chapter) || (change.status === 'R' && change.similarity === 100)) continue;
      const versionChange = change.status === 'A' || change.status === 'C' ? undefined : versions.get(commit.hash)?.get(change.path);
      const release = versionChange ?? releaseInSubject(commit.subject);
      ofCommit.push({
        commit: commit.hash,
        date: commit.date,
        subject: commit.subject,
        chapter,
        added: change.status === 'A' || change.status === 'C',
        ...(release ? { release } : {}),
      });
    }
    updates.push(...ofCommit.sort((a, b) => a.chapter.localeCompare(b.chapter)));
  }
  // Newest first by commit date (a stable sort: commits of the same second keep git's order).
  return updates.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/** What `readChapterUpdates` found, and why it may be incomplete. */
export interface History {
  updates: ChapterUpdate[];
  /** Set when the history is missing or cut short (a shallow clone): say so in the build log. */
  warning?: string;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Reads the chapter updates of the repository that holds `contentDir` (two `git log` calls). In a
 * shallow clone the commits at the cut look as if they added every file, so they are left out and a
 * warning says the list is short; outside a git repository the list is empty, with a warning.
 */
export function readChapterUpdates(contentDir: string, isChapter: (chapter: string) => boolean): History {
  let prefix: string;
  let shallow: Set<string>;
  try {
    prefix = git(contentDir, ['rev-parse', '--show-prefix']).trim();
    const shallowFile = git(contentDir, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).trim();
    const isShallow = git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    shallow = new Set(isShallow && existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
  } catch (error) {
    return { updates: [], warning: `no git history (${(error as Error).message.split('\n')[0]}): the feed and the "What changed" page list no updates.` };
  }
  // No pathspec: a rename is only detected when both of its paths are in view.
  const commits = parseNameStatusLog(git(contentDir, ['log', '--topo-order', '-M', '-z', '--name-status', `--format=${NAME_STATUS_FORMAT}`]));
  const versions = parseVersionLog(
    git(contentDir, ['log', '--topo-order', '-M', '--diff-filter=MR', '-G^istioVersion:', '-p', '-U0', '--no-color', `--format=${VERSION_FORMAT}`, '--', '.']),
  );
  const updates = chapterUpdates(
    commits.filter((commit) => !shallow.has(commit.hash)),
    prefix,
    isChapter,
    versions,
  );
  const warning =
    shallow.size > 0
      ? `shallow clone: history before ${[...shallow].map((hash) => hash.slice(0, 7)).join(', ')} is missing, so the feed and the "What changed" page list only ${updates.length} chapter update${updates.length === 1 ? '' : 's'}. Run \`git fetch --unshallow\` (CI: actions/checkout with fetch-depth: 0).`
      : undefined;
  return { updates, ...(warning ? { warning } : {}) };
}
