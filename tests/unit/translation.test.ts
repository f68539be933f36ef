import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkTerms, type Term } from '../../src/i18n/check-terms.ts';
import { stamp, statusOf, statusOfAll } from '../../src/i18n/translation-status.ts';

function site() {
  const root = mkdtempSync(join(tmpdir(), 'translation-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('xds/transport.mdx', '---\ntitle: Transport\n---\n\nEnglish.\n');
  write('xds/acks.mdx', '---\ntitle: ACKs\n---\n\nEnglish.\n');
  write('zh-cn/xds/transport.mdx', '---\ntitle: 传输\n---\n\n中文。\n');
  return { root, write };
}

test('a stamped translation is current until its English page changes, then stale', () => {
  const { root, write } = site();
  const zh = join(root, 'zh-cn/xds/transport.mdx');
  assert.equal(statusOf(root, zh, 'zh-cn'), 'stale', 'an unstamped translation is not known to be current');
  const hash = stamp(root, zh, 'zh-cn');
  assert.match(readFileSync(zh, 'utf8'), new RegExp(`^sourceHash: "${hash}"$`, 'm'));
  assert.equal(statusOf(root, zh, 'zh-cn'), 'current');
  assert.equal(stamp(root, zh, 'zh-cn'), hash, 'stamping twice changes nothing');
  write('xds/transport.mdx', '---\ntitle: Transport\n---\n\nEnglish, edited.\n');
  assert.equal(statusOf(root, zh, 'zh-cn'), 'stale');
  assert.deepEqual(statusOfAll(root, 'zh-cn'), [
    { page: 'xds/acks.mdx', status: 'missing' },
    { page: 'xds/transport.mdx', status: 'stale' },
  ]);
});

test('the term list catches a rendering the book does not use, but not its own rendering', () => {
  const terms: Term[] = [
    { en: 'control plane', zh: '控制平面', avoid: ['控制面'] },
    { en: 'service mesh; mesh', zh: '服务网格', avoid: ['网格化'] },
  ];
  const page = '---\ntitle: 控制面\n---\n\n控制平面负责下发配置。\n\n```yaml\n# 控制面\n```\n\n控制面 和 `控制面` 不同。\n';
  assert.deepEqual(
    checkTerms(page, terms).map(({ line, found }) => [line, found]),
    [[2, '控制面'], [11, '控制面']],
  );
});
