import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkYamlExample } from '../../src/examples/check-yaml-example.ts';

const destinationRule = (trafficPolicy: string) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
  namespace: bookinfo
spec:
  host: reviews.bookinfo.svc.cluster.local
  trafficPolicy:
${trafficPolicy}
  subsets:
  - name: v1
    labels:
      version: v1
`;

test('accepts a valid Istio resource, oneOf fields and free-form maps included', () => {
  const problems = checkYamlExample(
    destinationRule(`    loadBalancer:
      simple: LEAST_REQUEST
    outlierDetection:
      consecutive5xxErrors: 5
      interval: 10s`),
  );
  assert.deepEqual(problems, []);
});

test('rejects a misspelled field with its line, which the CRD schema alone would accept', () => {
  const problems = checkYamlExample(destinationRule(`    outlierDetecton:
      interval: 10s`));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 9);
  assert.match(problems[0]!.message, /no field spec\.trafficPolicy\.outlierDetecton/);
});

test('rejects a wrong type and a bad enum value', () => {
  const problems = checkYamlExample(destinationRule(`    loadBalancer:
      simple: FASTEST
    connectionPool:
      tcp:
        maxConnections: lots`));
  const messages = problems.map((problem) => problem.message).join('\n');
  assert.match(messages, /simple must be equal to one of the allowed values/);
  assert.match(messages, /maxConnections must be integer/);
  assert.deepEqual(problems.map((problem) => problem.line).sort(), [10, 13]);
});

test('reports YAML that does not parse', () => {
  const [problem] = checkYamlExample('apiVersion: networking.istio.io/v1\nkind: [Gateway\n');
  assert.match(problem!.message, /YAML does not parse/);
});

test('checks Gateway API resources and names an unknown kind', () => {
  const problems = checkYamlExample(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: reviews
spec:
  parentRefs:
  - kind: Service
    group: ""
    name: reviews
  rules:
  - backendRefs:
    - name: reviews-v1
      port: 9080
      wieght: 90
---
apiVersion: networking.istio.io/v1
kind: VirtualServce
metadata:
  name: x
`);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!.message, /no field spec\.rules\[0\]\.backendRefs\[0\]\.wieght/);
  assert.equal(problems[0]!.line, 14);
  assert.match(problems[1]!.message, /no kind "VirtualServce"/);
});

test('leaves plain Kubernetes objects and IstioOperator alone', () => {
  const problems = checkYamlExample(`apiVersion: v1
kind: Service
metadata:
  name: reviews
spec:
  anything: goes
---
apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  profile: ambient
`);
  assert.deepEqual(problems, []);
});

test('newer-fields lets through exactly the listed paths, and must be used', () => {
  const policy = `    zoneAwareLbSetting:
      enabled: true`;
  assert.deepEqual(checkYamlExample(destinationRule(policy), ['spec.trafficPolicy.zoneAwareLbSetting']), []);
  const unused = checkYamlExample(destinationRule('    tls:\n      mode: ISTIO_MUTUAL'), ['spec.trafficPolicy.zoneAwareLbSetting']);
  assert.match(unused[0]!.message, /newer-fields lists "spec\.trafficPolicy\.zoneAwareLbSetting", but no resource/);
});

test('newer-kind lets a kind the schemas lack through, parsed only, and must be used', () => {
  const extension = `apiVersion: extensions.istio.io/v1alpha1
kind: TrafficExtension
metadata:
  name: add-header
spec:
  anything: unchecked
`;
  const [unknown] = checkYamlExample(extension);
  assert.match(unknown!.message, /has no kind "TrafficExtension"/);
  assert.match(unknown!.hint!, /newer-kind="TrafficExtension"/);
  assert.deepEqual(checkYamlExample(extension, [], ['TrafficExtension']), []);
  const unused = checkYamlExample(destinationRule('    tls:\n      mode: ISTIO_MUTUAL'), [], ['TrafficExtension']);
  assert.match(unused[0]!.message, /newer-kind lists "TrafficExtension", but no resource in this block is an unknown TrafficExtension/);
});
