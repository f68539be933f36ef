import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelLines, midWordBreaks } from '../../src/diagrams/label-breaks.ts';

/** A label as Mermaid writes SVG text (one tspan per line), read back as the renderer does. */
const label = (...lines: string[]) =>
  labelLines(`<svg><text>${lines.map((line) => `<tspan class="text-outer-tspan"><tspan class="text-inner-tspan">${line}</tspan></tspan>`).join('')}</text></svg>`);

test('a word split across two lines is reported', () => {
  const source = 'flowchart TD\n  E1["Config event<br/>(VirtualService, DestinationRule)"] --> CU';
  assert.deepEqual(midWordBreaks(source, label('Config event', '(VirtualService,', 'DestinationRul', 'e)')), ['DestinationRul|e)']);
});

test('breaks at spaces and at <br/> are fine', () => {
  const source = 'flowchart TD\n  E1["Config event<br/>(VirtualService, DestinationRule)"] --> CU';
  assert.deepEqual(midWordBreaks(source, label('Config event', '(VirtualService,', 'DestinationRule)')), []);
  assert.deepEqual(midWordBreaks('flowchart LR\n  A -->|"edsClusterConfig.<br/>serviceName"| B', label('edsClusterConfig.', 'serviceName')), []);
});

test('Chinese text may wrap between characters, but not inside a Latin word', () => {
  const source = 'flowchart TD\n  C["Istio 资源<br/>（VirtualService、AuthorizationPolicy……）"]';
  assert.deepEqual(midWordBreaks(source, label('Istio 资源', '（VirtualService、Authorizati', 'onPolicy……）')), ['（VirtualService、Authorizati|onPolicy……）']);
  assert.deepEqual(midWordBreaks('flowchart TD\n  A["服务网格的七层网络能力"]', label('服务网格的七层', '网络能力')), []);
});
