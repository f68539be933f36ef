import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkShellExample } from '../../src/examples/check-shell-example.ts';

test('accepts commands that parse, without running them', () => {
  assert.deepEqual(checkShellExample('kubectl label namespace default istio-injection=enabled\nrm -rf /nonexistent-on-purpose\n'), []);
});

test('names the line of a shell syntax error', () => {
  const [problem] = checkShellExample('echo one\necho "two\n');
  assert.ok(problem);
  assert.match(problem.message, /shell does not parse/);
});
