import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  chapterUpdates,
  parseNameStatusLog,
  parseVersionLog,
  readChapterUpdates,
  releaseInSubject,
  type Commit,
} from '../../src/changes/git-history.ts';

// What `git log -z --name-status --format=NAME_STATUS_FORMAT` prints: each record starts with \x1e,
// its header ends with NUL, then status and paths, NUL-separated (a rename: status, old path, new path).
const log =
  '\x1ec3\x1f2026-12-03T10:00:00+00:00\x1fTraffic part: accuracy pass for Istio 1.32\0\n' +
  'M\0content/docs/traffic/retries.mdx\0D\0content/docs/traffic/old.mdx\0' +
  '\x1ec2\x1f2026-12-02T10:00:00+00:00\x1fChapters in content/docs/\0\n' +
  'R100\0content/traffic/retries.mdx\0content/docs/traffic/retries.mdx\0R087\0content/xds/acks.mdx\0content/docs/xds/ack-nack.mdx\0' +
  '\x1ec1\x1f2026-12-01T10:00:00+00:00\x1fFirst chapters\0\n' +
  'A\0content/traffic/retries.mdx\0A\0content/xds/acks.mdx\0A\0content/docs/traffic/old.mdx\0A\0package.json\0';

test('parses git log --name-status -z: statuses, paths, renames with their similarity', () => {
  const commits = parseNameStatusLog(log);
  assert.deepEqual(
    commits.map((commit) => [commit.hash, commit.date, commit.subject]),
    [
      ['c3', '2026-12-03T10:00:00+00:00', 'Traffic part: accuracy pass for Istio 1.32'],
      ['c2', '2026-12-02T10:00:00+00:00', 'Chapters in content/docs/'],
      ['c1', '2026-12-01T10:00:00+00:00', 'First chapters'],
    ],
  );
  assert.deepEqual(commits[1]!.changes, [
    { status: 'R', from: 'content/traffic/retries.mdx', path: 'content/docs/traffic/retries.mdx', similarity: 100 },
    { status: 'R', from: 'content/xds/acks.mdx', path: 'content/docs/xds/ack-nack.mdx', similarity: 87 },
  ]);
  assert.deepEqual(commits[2]!.changes.at(-1), { status: 'A', path: 'package.json' });
  assert.deepEqual(parseNameStatusLog(''), []);
});

test('follows renames back to history from before the move; a pure rename is not an update; a deleted chapter is not listed', () => {
  const chapters = new Set(['traffic/retries.mdx', 'xds/ack-nack.mdx']);
  const updates = chapterUpdates(parseNameStatusLog(log), 'content/docs/', (chapter) => chapters.has(chapter));
  assert.deepEqual(
    updates.map(({ commit, chapter, added, release }) => ({ commit, chapter, added, release })),
    [
      { commit: 'c3', chapter: 'traffic/retries.mdx', added: false, release: '1.32' },
      // Renamed with edits (87 % similar): an update, under the chapter's path today.
      { commit: 'c2', chapter: 'xds/ack-nack.mdx', added: false, release: undefined },
      // Written before the move to content/docs/.
      { commit: 'c1', chapter: 'traffic/retries.mdx', added: true, release: undefined },
      { commit: 'c1', chapter: 'xds/ack-nack.mdx', added: true, release: undefined },
    ],
  );
  assert.equal(updates[0]!.subject, 'Traffic part: accuracy pass for Istio 1.32');
  assert.equal(updates[0]!.date, '2026-12-03T10:00:00+00:00');
});

test('a file deleted and later re-created at the same path does not inherit the old file history', () => {
  const commits: Commit[] = [
    { hash: 'new', date: '2026-03-01T00:00:00Z', subject: 'A new page at the old path', changes: [{ status: 'A', path: 'docs/a.mdx' }] },
    { hash: 'gone', date: '2026-02-01T00:00:00Z', subject: 'Remove a', changes: [{ status: 'D', path: 'docs/a.mdx' }] },
    { hash: 'old', date: '2026-01-01T00:00:00Z', subject: 'Edit the old a', changes: [{ status: 'M', path: 'docs/a.mdx' }] },
  ];
  assert.deepEqual(
    chapterUpdates(commits, 'docs/', () => true).map((update) => update.commit),
    ['new'],
  );
});

test('updates are newest first by commit date, whatever order git printed them in', () => {
  const commits: Commit[] = [
    { hash: 'b', date: '2026-01-01T00:00:00+08:00', subject: 'b', changes: [{ status: 'M', path: 'docs/x.mdx' }] },
    { hash: 'a', date: '2026-01-01T00:00:00Z', subject: 'a', changes: [{ status: 'M', path: 'docs/y.mdx' }, { status: 'M', path: 'docs/x.mdx' }] },
  ];
  const updates = chapterUpdates(commits, 'docs/', () => true);
  assert.deepEqual(updates.map((update) => `${update.commit}:${update.chapter}`), ['a:x.mdx', 'a:y.mdx', 'b:x.mdx']);
});

test('a release check is a subject that says it checked against a release, not one citing a release branch', () => {
  assert.equal(releaseInSubject('Operations part: accuracy pass for Istio 1.31'), '1.31');
  assert.equal(releaseInSubject('Security chapters re-checked against Istio 1.32'), '1.32');
  assert.equal(releaseInSubject('Ambient mode: checked for Istio 1.33 (ztunnel ports)'), '1.33');
  assert.equal(releaseInSubject('Gateway API page: Istio watches UDPRoute but does not implement it (release-1.31 supported_features.go)'), undefined);
  assert.equal(releaseInSubject('Appendix, how-to-read and landing page: accuracy pass; resource cheat sheet and further reading'), undefined);
  assert.equal(releaseInSubject('Drafts for Istio 1.31'), undefined);
});

test('a new istioVersion in a chapter front matter marks that chapter checked against the release', () => {
  const patch = [
    '\x1eabc',
    '',
    'diff --git a/content/docs/xds/transport.mdx b/content/docs/xds/transport.mdx',
    '--- a/content/docs/xds/transport.mdx',
    '+++ b/content/docs/xds/transport.mdx',
    '@@ -4 +4 @@ description: Transports',
    '-istioVersion: "1.31"',
    '+istioVersion: "1.32"',
    'diff --git a/content/docs/xds/acks.mdx b/content/docs/xds/acks.mdx',
    '--- a/content/docs/xds/acks.mdx',
    '+++ b/content/docs/xds/acks.mdx',
    '@@ -4 +4 @@',
    "+istioVersion: '1.33'",
    '',
  ].join('\n');
  const versions = parseVersionLog(patch);
  assert.deepEqual([...versions.get('abc')!], [
    ['content/docs/xds/transport.mdx', '1.32'],
    ['content/docs/xds/acks.mdx', '1.33'],
  ]);
  const commits: Commit[] = [
    { hash: 'abc', date: '2026-05-01T00:00:00Z', subject: 'Transports: fix a port', changes: [{ status: 'M', path: 'content/docs/xds/transport.mdx' }, { status: 'M', path: 'content/docs/xds/other.mdx' }] },
  ];
  const updates = chapterUpdates(commits, 'content/docs/', () => true, versions);
  assert.deepEqual(updates.map((update) => [update.chapter, update.release]), [['xds/other.mdx', undefined], ['xds/transport.mdx', '1.32']]);
});

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

function repository() {
  const root = mkdtempSync(join(tmpdir(), 'changes-'));
  let second = 0;
  const commit = (subject: string) => {
    git(root, 'add', '-A');
    const date = `2026-01-01T00:00:${String(second++).padStart(2, '0')}Z`;
    execFileSync('git', ['commit', '-q', '-m', subject], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null' },
    });
  };
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  git(root, 'init', '-q', '-b', 'main');
  const body = (version: string, words: string) => `---\ntitle: Retries\nistioVersion: "${version}"\n---\n\n${words}\n`;
  write('content/traffic/retries.mdx', body('1.31', 'Retries retry. '.repeat(40)));
  commit('Traffic part');
  write('content/traffic/retries.mdx', body('1.31', 'Retries retry, with a budget. '.repeat(40)));
  commit('Retries: budgets');
  mkdirSync(join(root, 'content/docs'));
  git(root, 'mv', 'content/traffic', 'content/docs/traffic');
  commit('Chapters in content/docs/');
  write('content/docs/traffic/retries.mdx', body('1.32', 'Retries retry, with a budget. '.repeat(40)));
  commit('Retries: checked, no change needed');
  return root;
}

test('reads a real repository: renames followed, a changed istioVersion marked, dates from git', () => {
  const root = repository();
  const history = readChapterUpdates(join(root, 'content/docs'), (chapter) => existsSync(join(root, 'content/docs', chapter)));
  assert.equal(history.warning, undefined);
  assert.deepEqual(
    history.updates.map(({ subject, chapter, added, release, date }) => ({ subject, chapter, added, release, date })),
    [
      { subject: 'Retries: checked, no change needed', chapter: 'traffic/retries.mdx', added: false, release: '1.32', date: '2026-01-01T00:00:03+00:00' },
      { subject: 'Retries: budgets', chapter: 'traffic/retries.mdx', added: false, release: undefined, date: '2026-01-01T00:00:01+00:00' },
      { subject: 'Traffic part', chapter: 'traffic/retries.mdx', added: true, release: undefined, date: '2026-01-01T00:00:00+00:00' },
    ],
  );
});

test('a shallow clone leaves out the commit at the cut and says the list is short; no repository says so too', () => {
  const root = repository();
  const clone = mkdtempSync(join(tmpdir(), 'changes-shallow-'));
  git(clone, 'clone', '-q', '--depth', '2', `file://${root}`, 'site');
  const history = readChapterUpdates(join(clone, 'site', 'content/docs'), () => true);
  assert.match(history.warning ?? '', /^shallow clone: history before [0-9a-f]{7} is missing, so .* list only 1 chapter update\. Run `git fetch --unshallow`/);
  assert.deepEqual(history.updates.map((update) => update.subject), ['Retries: checked, no change needed']);

  const bare = mkdtempSync(join(tmpdir(), 'changes-none-'));
  const none = readChapterUpdates(bare, () => true);
  assert.deepEqual(none.updates, []);
  assert.match(none.warning ?? '', /^no git history/);
});
