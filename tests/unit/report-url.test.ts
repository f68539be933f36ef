import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { correctionForm, reportUrl } from '../../src/corrections/report-url.ts';

const form = parse(readFileSync(new URL('../../.github/ISSUE_TEMPLATE/correction.yml', import.meta.url), 'utf8')) as {
  labels: string[];
  body: { type: string; id?: string }[];
};

test('opens the correction form with the page, its title and its Istio release', () => {
  const url = new URL(
    reportUrl('https://github.com/example/handbook/', {
      url: 'https://handbook.example/zh-cn/security/authorization/',
      title: '授权策略 & AuthorizationPolicy',
      istioVersion: '1.31',
    }),
  );
  assert.equal(url.origin + url.pathname, 'https://github.com/example/handbook/issues/new');
  assert.deepEqual([...url.searchParams], [
    ['template', 'correction.yml'],
    ['title', 'Correction: 授权策略 & AuthorizationPolicy'],
    ['page', 'https://handbook.example/zh-cn/security/authorization/'],
    ['istio-version', '1.31'],
  ]);
  assert.doesNotMatch(url.search, /\+/, 'spaces are %20, not form-encoded');
});

test('leaves out the Istio release when the page has none', () => {
  const url = new URL(reportUrl('https://github.com/example/handbook', { url: 'https://handbook.example/', title: 'Home' }));
  assert.equal(url.searchParams.has('istio-version'), false);
});

test('fills fields that the issue form has, and the form keeps the correction label', () => {
  const ids = form.body.map((field) => field.id).filter(Boolean);
  for (const id of Object.values(correctionForm.fields)) assert.ok(ids.includes(id), `correction.yml has no field with id ${id}`);
  assert.deepEqual(form.labels, ['correction']);
});
