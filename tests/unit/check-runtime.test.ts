import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { runtimeProblem } from '../../scripts/check-runtime.mjs';

test('explains, without a stack trace, that Node 20 is too old and what to run', () => {
  const problem = runtimeProblem('20.20.2');
  assert.match(problem ?? '', /needs Node\.js 22\.12 or newer; npm is running Node\.js 20\.20\.2/);
  assert.match(problem ?? '', /npm install/);
  assert.equal(runtimeProblem('22.11.0') !== undefined, true);
});

test('accepts Node 22.12 and newer', () => {
  assert.equal(runtimeProblem('22.12.0'), undefined);
  assert.equal(runtimeProblem('24.21.0'), undefined);
});

test('the check passes silently under the project runtime', () => {
  const result = spawnSync(process.execPath, ['scripts/check-runtime.mjs'], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  assert.equal(result.stderr, '');
});
