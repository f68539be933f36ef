import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readingMinutes } from '../../src/chapters/reading-time.ts';

test('counts prose and skips code fences', () => {
  const prose = 'word '.repeat(400);
  const code = '```yaml\n' + 'key: value\n'.repeat(2000) + '```\n';
  assert.equal(readingMinutes(prose + '\n' + code), 2);
});

test('never says zero minutes', () => {
  assert.equal(readingMinutes('Short.'), 1);
});
