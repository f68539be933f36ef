import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stableIds } from '../../src/diagrams/mermaid-renderer.ts';

test("Mermaid's page-wide counters become per-diagram ids, so a diagram's markup does not depend on what was drawn before it", () => {
  const drawnFirst = '<g id="root-3"><line id="actor6"/><line id="actor7"/><text id="actor6-label"/></g>';
  const drawnLater = '<g id="root-117"><line id="actor88"/><line id="actor89"/><text id="actor6-label"/></g>';
  const expected = '<g id="hb-d1-root0"><line id="hb-d1-actor1"/><line id="hb-d1-actor2"/><text id="actor6-label"/></g>';
  assert.equal(stableIds(drawnFirst, 'hb-d1'), expected);
  assert.equal(stableIds(drawnLater, 'hb-d1'), expected);
});
