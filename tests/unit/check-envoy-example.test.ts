import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEnvoyExample, envoyCheckTally } from '../../src/examples/check-envoy-example.ts';
import { envoyApi, envoyRegistry } from '../../src/examples/envoy-api.ts';

const hcm = 'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager';

test('the pinned proto package is the one the API description names', () => {
  // Bumping @grpc/grpc-js-xds changes the Envoy API the build checks against: update envoyApi with it.
  assert.equal(envoyApi.source, '@grpc/grpc-js-xds@1.14.1');
  assert.ok(envoyRegistry().getMessage('envoy.config.cluster.v3.OutlierDetection')?.fields.some((f) => f.name === 'always_eject_one_host'));
});

test('trimmed camelCase dumps of each resource type pass', () => {
  const good: [string, string | undefined][] = [
    ['name: outbound|9080||reviews.default.svc.cluster.local\ntype: EDS\nconnectTimeout: 10s\nlbPolicy: LEAST_REQUEST\ncircuitBreakers:\n  thresholds:\n  - maxConnections: 4294967295\n    trackRemaining: false\n# ... trimmed\noutlierDetection:\n  baseEjectionTime: 30s\n  maxEjectionPercent: 10\n', 'Cluster'],
    [`name: virtualInbound\naddress:\n  socketAddress:\n    address: 0.0.0.0\n    portValue: 15006\nfilterChains:\n- filterChainMatch:\n    destinationPort: 9080\n    transportProtocol: tls\n  filters:\n  - name: envoy.filters.network.http_connection_manager\n    typedConfig:\n      '@type': ${hcm}\n      statPrefix: inbound_0.0.0.0_9080\n      httpFilters:\n      - name: envoy.filters.http.router\n        typedConfig:\n          '@type': type.googleapis.com/envoy.extensions.filters.http.router.v3.Router\n`, 'Listener'],
    ['- name: a\n  type: STRICT_DNS\n- name: b\n  type: ORIGINAL_DST\n  lbPolicy: CLUSTER_PROVIDED\n', 'Cluster'],
    ['statPrefix: x\nrouteConfig:\n  virtualHosts:\n  - name: a\n    domains: ["*"]\n', hcm.split('/')[1]],
    ['{"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": "a", "connectTimeout": "0.250s", "metadata": {"filterMetadata": {"istio": {"any": ["json", 1]}}}}', undefined],
  ];
  for (const [source, message] of good) assert.deepEqual(checkEnvoyExample(source, message), [], source);
});

test('an unknown nested field is named with its path, line and the field meant', () => {
  const [problem] = checkEnvoyExample('name: a\noutlierDetection:\n  baseEjectionTim: 30s\n', 'Cluster');
  assert.deepEqual(problem, {
    line: 3,
    message: 'outlierDetection.baseEjectionTim is not a field of envoy.config.cluster.v3.OutlierDetection',
    hint: 'did you mean `baseEjectionTime`?',
  });
});

test('snake_case keys are refused: dumps use the casing istioctl prints', () => {
  const [problem] = checkEnvoyExample('name: a\nconnect_timeout: 1s\n', 'Cluster');
  assert.equal(problem?.line, 2);
  assert.match(problem!.message, /connect_timeout is written in snake_case; istioctl prints it as connectTimeout/);
});

test('a wrong enum name, a malformed duration and a wrong value type fail at their lines', () => {
  const [badEnum] = checkEnvoyExample('name: a\ntype: EDSX\n', 'Cluster');
  assert.equal(badEnum?.line, 2);
  assert.match(badEnum!.message, /^type is not a valid envoy\.config\.cluster\.v3\.Cluster\.DiscoveryType: "EDSX"/);
  assert.match(badEnum!.hint!, /STRICT_DNS/);
  const [badDuration] = checkEnvoyExample('name: a\nconnectTimeout: 10\n', 'Cluster');
  assert.equal(badDuration?.line, 2);
  assert.match(badDuration!.message, /connectTimeout is not a valid google\.protobuf\.Duration/);
  const [badType] = checkEnvoyExample('name: a\ncircuitBreakers:\n  thresholds:\n  - maxConnections: many\n', 'Cluster');
  assert.equal(badType?.line, 4);
  assert.match(badType!.message, /circuitBreakers\.thresholds\[0\]\.maxConnections is not a valid/);
});

test('typed configs are checked through their @type, and an unknown @type is named', () => {
  const listener = (filter: string) =>
    `name: l\nfilterChains:\n- filters:\n  - name: hcm\n    typedConfig:\n      '@type': ${hcm}\n      statPrefix: x\n      httpFilters:\n      - name: r\n        typedConfig:\n          '@type': ${filter}\n`;
  const [unknown] = checkEnvoyExample(listener('type.googleapis.com/envoy.extensions.filters.http.router.v3.Routerz'), 'Listener');
  assert.equal(unknown?.line, 11);
  assert.equal(unknown!.message, 'filterChains[0].filters[0].typedConfig.httpFilters[0].typedConfig.@type names no known message: envoy.extensions.filters.http.router.v3.Routerz');
  assert.match(unknown!.hint!, /envoy\.extensions\.filters\.http\.router\.v3\.Router`/);
  const [nested] = checkEnvoyExample(listener('type.googleapis.com/envoy.extensions.filters.http.router.v3.Router\n          suppressEnvoyHeaderz: true'), 'Listener');
  assert.match(nested!.message, /typedConfig\.suppressEnvoyHeaderz is not a field of envoy\.extensions\.filters\.http\.router\.v3\.Router/);
});

test('a dump typed only by its top-level @type is checked as that type, and a wrong @type is named', () => {
  const [wrongField] = checkEnvoyExample('{"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router", "suppressEnvoyHeaderz": true}');
  assert.match(wrongField!.message, /^suppressEnvoyHeaderz is not a field of envoy\.extensions\.filters\.http\.router\.v3\.Router/);
  const [unknown] = checkEnvoyExample('{\n  "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Routr"\n}');
  assert.equal(unknown?.line, 2);
  assert.equal(unknown?.message, '@type names no known message: envoy.extensions.filters.http.router.v3.Routr');
});

test('non-Envoy typed configs are skipped and counted', () => {
  const before = envoyCheckTally.skippedTypes.get('io.istio.http.peer_metadata.Config') ?? 0;
  const source = `statPrefix: x\nhttpFilters:\n- name: istio.metadata_exchange\n  typedConfig:\n    '@type': type.googleapis.com/io.istio.http.peer_metadata.Config\n    anything: goes\n`;
  assert.deepEqual(checkEnvoyExample(source, hcm.split('/')[1]), []);
  assert.equal(envoyCheckTally.skippedTypes.get('io.istio.http.peer_metadata.Config'), before + 1);
});

test('newer-fields lets a field newer than the pinned API through, and must be needed', () => {
  assert.deepEqual(checkEnvoyExample('name: a\noutlierDetection:\n  futureKnob: 1\n', 'Cluster', ['outlierDetection.futureKnob']), []);
  const [unused] = checkEnvoyExample('name: a\n', 'Cluster', ['outlierDetection.futureKnob']);
  assert.match(unused!.message, /newer-fields lists "outlierDetection\.futureKnob", but this example uses no such unknown field/);
});

test('an unknown message name in envoy="…" is refused with the short names', () => {
  const [problem] = checkEnvoyExample('name: a\n', 'Clusterz');
  assert.match(problem!.message, /envoy="Clusterz" names no Envoy message/);
  assert.match(problem!.hint!, /Listener, RouteConfiguration, VirtualHost, Route, Cluster, ClusterLoadAssignment, Secret, Bootstrap/);
});
