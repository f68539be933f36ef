import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFixture, chapter } from './build-fixture.ts';

/** Asserts the build failed, shipped nothing, and said where: `file` (and `:line`) in its output. */
function assertFailsAt(pages: Record<string, string>, where: RegExp, what?: RegExp) {
  const build = buildFixture(pages);
  assert.equal(build.ok, false, `the build should fail:\n${build.output.slice(-2000)}`);
  assert.equal(build.shipped, false, 'a failed build must not leave a site behind');
  assert.match(build.output, where, `the error should name the place:\n${build.output.slice(-3000)}`);
  if (what) assert.match(build.output, what);
}

const yaml = (spec: string) => `\`\`\`yaml
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
${spec}
\`\`\``;

test('the fixture site builds (the baseline every other case breaks)', () => {
  const build = buildFixture({});
  assert.equal(build.ok, true, build.output.slice(-3000));
  assert.equal(build.shipped, true);
  // The fixture's xds page has one Envoy dump with one Istio-only typed config.
  assert.match(build.output, /Envoy examples checked: 1, against the Envoy v3 API .* from @grpc\/grpc-js-xds@/);
  assert.match(build.output, /Typed configs not checked \(not Envoy types, or protos not shipped\): io\.istio\.http\.peer_metadata\.Config ×1/);
});

const envoyCluster = (body: string) => `\`\`\`yaml envoy="Cluster"
name: outbound|9080||reviews.default.svc.cluster.local
type: EDS
${body}
\`\`\``;

test('an Envoy dump with an unknown nested field names the file, line, field path and the field meant', () => {
  assertFailsAt(
    { 'xds/broken.mdx': chapter(envoyCluster('outlierDetection:\n  baseEjectionTim: 30s')) },
    /xds\/broken\.mdx:13: yaml example: Envoy outlierDetection\.baseEjectionTim is not a field of envoy\.config\.cluster\.v3\.OutlierDetection/,
    /did you mean `baseEjectionTime`\?/,
  );
});

test('an Envoy dump with a wrong enum value names the file and line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter(envoyCluster('lbPolicy: FASTEST')) }, /xds\/broken\.mdx:12: yaml example: Envoy lbPolicy is not a valid envoy\.config\.cluster\.v3\.Cluster\.LbPolicy: "FASTEST"/);
});

test('an Envoy typed config whose @type names no message fails at the @type line', () => {
  const json = '```json\n{\n  "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Routr",\n  "suppressEnvoyHeaders": true\n}\n```';
  assertFailsAt({ 'xds/broken.mdx': chapter(json) }, /xds\/broken\.mdx:11: json example: Envoy .*names no known message: envoy\.extensions\.filters\.http\.router\.v3\.Routr/);
});

test('an Envoy dump with a value of the wrong type names the file and line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter(envoyCluster('connectTimeout: 10')) }, /xds\/broken\.mdx:12: yaml example: Envoy connectTimeout is not a valid google\.protobuf\.Duration/);
});

test('a missing front matter field names the file and the field', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('Body.', 'difficulty: beginner') }, /xds\/broken\.mdx/, /istioVersion/);
});

test('a mistyped front matter field names the file and the field', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('Body.', 'istioVersion: "1.31"\ndifficulty: expert') }, /xds\/broken\.mdx/, /difficulty/);
});

test('a misspelled Istio field names the file and line', () => {
  // Front matter (5 lines) + blank + intro + blank puts the fence on line 9; `outlierDetecton` is line 17.
  assertFailsAt({ 'xds/broken.mdx': chapter(yaml('  trafficPolicy:\n    outlierDetecton:\n      interval: 10s')) }, /xds\/broken\.mdx:17: yaml example: DestinationRule has no field spec\.trafficPolicy\.outlierDetecton/);
});

test('a wrong type and a bad enum value in an Istio example fail the build', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter(yaml('  trafficPolicy:\n    loadBalancer:\n      simple: FASTEST')) }, /xds\/broken\.mdx:18: yaml example: .*simple must be equal to one of the allowed values/);
});

test('YAML that does not parse names the file and line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter(yaml('  subsets: [v1')) }, /xds\/broken\.mdx:1\d: yaml example: YAML does not parse/);
});

test('a deliberately wrong example opts out with invalid-example', () => {
  const build = buildFixture({ 'xds/teaching.mdx': chapter(yaml('  trafficPolicy:\n    outlierDetecton: {}').replace('```yaml', '```yaml invalid-example')) });
  assert.equal(build.ok, true, build.output.slice(-2000));
});

test('a shell command that does not parse names the file and line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('```bash\nkubectl get pods\nif true; then echo missing-fi\n```') }, /xds\/broken\.mdx:1\d: bash example: shell does not parse/);
});

test('a Mermaid syntax error names the file and the diagram line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('```mermaid\nflowchart TD\n  A --> B\n  B -->\n```') }, /xds\/broken\.mdx:12: Mermaid diagram does not parse/);
});

test('a diagram colour outside the site palette names the file and the fence line', () => {
  assertFailsAt(
    { 'xds/broken.mdx': chapter('```mermaid\nflowchart TD\n  A --> B\n  style A fill:#ff0000\n```') },
    /xds\/broken\.mdx:9: Mermaid diagram: the rendered diagram contains colours outside the site's palette: #ff0000/,
  );
});

test('a diagram label broken inside a word names the file, the fence line and the break', () => {
  assertFailsAt(
    { 'xds/broken.mdx': chapter('```mermaid\nflowchart LR\n  A -->|"clusterLoadAssignmentEndpointsLocality"| B\n```') },
    /xds\/broken\.mdx:9: Mermaid diagram: a label breaks inside a word \(clusterLoadAssignment\w*\|\w+/,
  );
});

test('a link to a page that does not exist names the file and the link', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('See [the missing page](/xds/no-such-page/).') }, /xds\/broken\.mdx[\s\S]*\/xds\/no-such-page\//, /invalid link/);
});

test('a link to a heading that does not exist names the file and the anchor', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('See [the diagram](/xds/diagram/#no-such-heading).') }, /xds\/broken\.mdx[\s\S]*#no-such-heading/, /invalid (link|hash)/);
});

test('an MDX syntax error names the file and line', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('A map looks like {key: value} in prose.') }, /xds\/broken\.mdx(:\d+)?/);
});

test('an unclosed tag names the file', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('<details>\n<summary>Question</summary>\n\nAnswer without a closing tag.') }, /xds\/broken\.mdx/);
});

test('a missing image names the file', () => {
  assertFailsAt({ 'xds/broken.mdx': chapter('![The request path](./no-such-image.png)') }, /xds\/broken\.mdx|no-such-image\.png/, /no-such-image\.png/);
});

test('an image without alt text names the file and line', () => {
  assertFailsAt(
    { 'xds/broken.mdx': chapter('![](./pixel.svg)'), 'xds/pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>' },
    /xds\/broken\.mdx:9: image \.\/pixel\.svg has no alt text/,
  );
});
