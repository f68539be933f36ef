import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFenceMeta } from '../../src/examples/fence-meta.ts';

test('reads flags and quoted or bare values from a fence meta string', () => {
  const meta = parseFenceMeta('title="A listener (trimmed)" invalid-example newer-fields="spec.a,spec.b" mark=3');
  assert.deepEqual([...meta.flags], ['invalid-example']);
  assert.equal(meta.values.get('title'), 'A listener (trimmed)');
  assert.equal(meta.values.get('newer-fields'), 'spec.a,spec.b');
  assert.equal(meta.values.get('mark'), '3');
});

test('an absent meta string has no flags and no values', () => {
  const meta = parseFenceMeta(undefined);
  assert.equal(meta.flags.size, 0);
  assert.equal(meta.values.size, 0);
});
