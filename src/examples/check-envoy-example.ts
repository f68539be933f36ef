/**
 * Checks an Envoy config dump (YAML or JSON, camelCase as `istioctl proxy-config -o yaml` prints it)
 * against Envoy's v3 API: every key must be a field of its message, in camelCase; every value must
 * decode under proto3's JSON mapping (enums, integers, durations, well-known types); every
 * `typedConfig` / Any is checked as the message its `@type` names.
 *
 * The walk only finds where a problem is (path and line); what counts as valid is decided by
 * @bufbuild/protobuf's `fromJson`, which implements the JSON mapping exactly (see envoy-api.ts).
 */
import { fromJson, type DescField, type DescMessage, type JsonValue } from '@bufbuild/protobuf';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type Pair } from 'yaml';
import { envoyRegistry, isUncompiledEnvoyMessage } from './envoy-api.ts';
import type { ExampleProblem } from './check-yaml-example.ts';

/** Short names a fence may use: ```yaml envoy="Cluster"```. Anything else must be a full message name. */
const shortNames: Record<string, string> = {
  Listener: 'envoy.config.listener.v3.Listener',
  RouteConfiguration: 'envoy.config.route.v3.RouteConfiguration',
  VirtualHost: 'envoy.config.route.v3.VirtualHost',
  Route: 'envoy.config.route.v3.Route',
  Cluster: 'envoy.config.cluster.v3.Cluster',
  ClusterLoadAssignment: 'envoy.config.endpoint.v3.ClusterLoadAssignment',
  Secret: 'envoy.extensions.transport_sockets.tls.v3.Secret',
  Bootstrap: 'envoy.config.bootstrap.v3.Bootstrap',
};

/**
 * Types Istio puts into typed configs that are not part of Envoy's API (Istio's own filters and
 * xDS types, and untyped structs). They are skipped, and the build log counts them.
 */
const notEnvoyTypes = [
  /^istio\./, // Istio's xDS resources and filter configs (istio.workload.*, istio.mixer.*, ...)
  /^io\.istio\./, // istio/proxy filters (io.istio.http.peer_metadata.Config, ...)
  /^stats\.PluginConfig$/, // istio/proxy's stats filter
  /^envoy\.tcp\.metadataexchange\./, // istio/proxy's TCP metadata exchange, despite its name
  /^(udpa\.type\.v1|xds\.type\.v3)\.TypedStruct$/, // a Struct carrying another type's config, unchecked by design
];

/** What the Envoy checks did during this build, for the build log. */
export const envoyCheckTally = {
  examples: 0,
  /** Typed configs not checked, by type name: non-Envoy types, and Envoy types whose protos the package lacks. */
  skippedTypes: new Map<string, number>(),
};

/** Whether a document's top-level `@type` names an Envoy message, which makes it an Envoy example. */
export function envoyTypeOf(document: unknown): string | undefined {
  const type = (document as { '@type'?: unknown } | null)?.['@type'];
  return typeof type === 'string' && /(^|\/)envoy\./.test(type) ? type.slice(type.lastIndexOf('/') + 1) : undefined;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** @bufbuild/protobuf's "cannot decode enum X from JSON: "EDSX"" as "is not a valid X: "EDSX"". */
function reason(error: unknown): string {
  const message = String((error as Error).message);
  const match = /^cannot decode (?:message |enum |field )?(\S+) from JSON: (.*)$/s.exec(message);
  return match ? `is not a valid ${match[1]}: ${match[2]}` : message;
}

const durationHint = 'Durations are strings of seconds with an "s", such as "10s" or "0.250s".';

interface Walk {
  lines: LineCounter;
  problems: ExampleProblem[];
  newerFields: string[];
  usedNewerFields: Set<string>;
}

function lineAt(walk: Walk, node: Node | null | undefined): number {
  return walk.lines.linePos(node?.range?.[0] ?? 0).line;
}

function display(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** Well-known types whose JSON form is not an object of fields (Duration is "1s", Struct is any object). */
function hasSpecialJson(desc: DescMessage): boolean {
  return desc.typeName.startsWith('google.protobuf.') && desc.typeName !== 'google.protobuf.Any';
}

function checkMessage(walk: Walk, desc: DescMessage, node: Node | null, path: (string | number)[]): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (hasSpecialJson(desc)) {
    try {
      fromJson(desc, node.toJSON() as JsonValue, { registry: envoyRegistry() });
    } catch (error) {
      walk.problems.push({
        line: lineAt(walk, node),
        message: `${display(path)} ${reason(error)}`,
        hint: desc.typeName === 'google.protobuf.Duration' ? durationHint : undefined,
      });
    }
    return;
  }
  if (!isMap(node)) {
    walk.problems.push({ line: lineAt(walk, node), message: `${display(path) || 'the example'} must be an object (${desc.typeName})` });
    return;
  }
  if (desc.typeName === 'google.protobuf.Any') return checkAny(walk, node.items as Pair<Node, Node>[], node, path);
  checkFields(walk, desc, node.items as Pair<Node, Node>[], path);
}

function checkAny(walk: Walk, pairs: Pair<Node, Node>[], node: Node, path: (string | number)[]): void {
  const typePair = pairs.find((pair) => isScalar(pair.key) && pair.key.value === '@type');
  const typeUrl = isScalar(typePair?.value) ? String(typePair.value.value) : '';
  if (!typeUrl) {
    walk.problems.push({ line: lineAt(walk, node), message: `${display(path)} has no "@type", so nothing says what it holds` });
    return;
  }
  const typeName = typeUrl.slice(typeUrl.lastIndexOf('/') + 1);
  if (notEnvoyTypes.some((pattern) => pattern.test(typeName)) || isUncompiledEnvoyMessage(typeName)) {
    envoyCheckTally.skippedTypes.set(typeName, (envoyCheckTally.skippedTypes.get(typeName) ?? 0) + 1);
    return;
  }
  const desc = envoyRegistry().getMessage(typeName);
  if (!desc) {
    const known = [...envoyRegistry()].filter((d) => d.kind === 'message').map((d) => d.typeName);
    const guess = closest(typeName, known);
    walk.problems.push({
      line: lineAt(walk, typePair!.value),
      message: `${display([...path, '@type'])} names no known message: ${typeName}`,
      hint: guess ? `did you mean \`type.googleapis.com/${guess}\`?` : 'Use the full type URL, e.g. type.googleapis.com/envoy.extensions.filters.http.router.v3.Router.',
    });
    return;
  }
  const rest = pairs.filter((pair) => pair !== typePair);
  if (hasSpecialJson(desc)) {
    const valuePair = rest.find((pair) => isScalar(pair.key) && pair.key.value === 'value');
    return checkMessage(walk, desc, valuePair?.value ?? null, [...path, 'value']);
  }
  checkFields(walk, desc, rest, path);
}

function checkFields(walk: Walk, desc: DescMessage, pairs: Pair<Node, Node>[], path: (string | number)[]): void {
  const oneofSeen = new Map<string, string>();
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const here = [...path, key];
    const field = desc.fields.find((f) => f.jsonName === key) ?? desc.fields.find((f) => f.name === key);
    if (!field) {
      const fieldPath = here.filter((part) => typeof part === 'string').join('.');
      const allowedBy = walk.newerFields.find((newer) => fieldPath === newer || fieldPath.startsWith(`${newer}.`));
      if (allowedBy) {
        walk.usedNewerFields.add(allowedBy);
        continue;
      }
      const guess = closest(key, desc.fields.map((f) => f.jsonName));
      walk.problems.push({
        line: lineAt(walk, pair.key),
        message: `${display(here)} is not a field of ${desc.typeName}`,
        hint: guess ? `did you mean \`${guess}\`?` : `Check the field against ${desc.typeName} in Envoy's API reference, or mark a newer field with newer-fields="${fieldPath}".`,
      });
      continue;
    }
    if (key !== field.jsonName) {
      walk.problems.push({
        line: lineAt(walk, pair.key),
        message: `${display(here)} is written in snake_case; istioctl prints it as ${field.jsonName}`,
        hint: 'Write Envoy dumps in camelCase throughout, as `istioctl proxy-config … -o yaml` prints them.',
      });
      continue;
    }
    if (field.oneof) {
      const other = oneofSeen.get(field.oneof.name);
      if (other) walk.problems.push({ line: lineAt(walk, pair.key), message: `${display(here)} and ${other} are alternatives (oneof ${field.oneof.name}); set one` });
      oneofSeen.set(field.oneof.name, key);
    }
    checkField(walk, desc, field, pair.value, here);
  }
}

function checkField(walk: Walk, parent: DescMessage, field: DescField, node: Node | null, path: (string | number)[]): void {
  const message = field.fieldKind === 'message' ? field.message
    : field.fieldKind === 'list' && field.listKind === 'message' ? field.message
    : field.fieldKind === 'map' && field.mapKind === 'message' ? field.message : undefined;
  if (!message || node === null || (isScalar(node) && node.value === null)) {
    // Scalars, enums, and lists or maps of them: the library decodes the field on its own.
    try {
      fromJson(parent, { [field.jsonName]: node?.toJSON() ?? null } as JsonValue, { registry: envoyRegistry() });
    } catch (error) {
      const values = field.fieldKind === 'enum' ? field.enum.values : field.fieldKind === 'list' && field.listKind === 'enum' ? field.enum.values : undefined;
      walk.problems.push({
        line: lineAt(walk, node),
        message: `${display(path)} ${reason(error)}`,
        hint: values ? `${field.jsonName} takes one of: ${values.map((v) => v.name).join(', ')}.` : undefined,
      });
    }
    return;
  }
  if (field.fieldKind === 'list') {
    if (!isSeq(node)) return void walk.problems.push({ line: lineAt(walk, node), message: `${display(path)} must be a list` });
    node.items.forEach((item, i) => checkMessage(walk, message, item as Node, [...path, i]));
  } else if (field.fieldKind === 'map') {
    if (!isMap(node)) return void walk.problems.push({ line: lineAt(walk, node), message: `${display(path)} must be an object` });
    for (const pair of node.items as Pair<Node, Node>[]) checkMessage(walk, message, pair.value, [...path, String((pair.key as { value?: unknown }).value)]);
  } else checkMessage(walk, message, node, path);
}

/**
 * Checks every document of an Envoy example. `message` is the fence's `envoy="…"` (a short or full
 * name); without it, each document's top-level `@type` says what it is. `newerFields` lists paths
 * (`outlierDetection.newField`) that are newer than the pinned API; each must be needed.
 */
export function checkEnvoyExample(source: string, message?: string, newerFields: string[] = []): ExampleProblem[] {
  const lines = new LineCounter();
  const walk: Walk = { lines, problems: [], newerFields, usedNewerFields: new Set() };
  for (const doc of parseAllDocuments(source, { lineCounter: lines, prettyErrors: false })) {
    for (const error of doc.errors) walk.problems.push({ line: lines.linePos(error.pos[0]).line, message: `does not parse: ${error.message.split('\n')[0]}` });
    if (doc.errors.length > 0 || !doc.contents) continue;
    if (!message) {
      // No envoy="…": the document says what it is with a top-level "@type", like any typed config.
      if (!envoyTypeOf(doc.toJS()) || !isMap(doc.contents)) continue;
      envoyCheckTally.examples++;
      checkAny(walk, doc.contents.items as Pair<Node, Node>[], doc.contents, []);
      continue;
    }
    envoyCheckTally.examples++;
    const desc = envoyRegistry().getMessage(shortNames[message] ?? message);
    if (!desc) {
      walk.problems.push({
        line: 1,
        message: `envoy="${message}" names no Envoy message`,
        hint: `Use a short name (${Object.keys(shortNames).join(', ')}) or a full name such as envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager.`,
      });
      continue;
    }
    // `istioctl proxy-config cluster … -o yaml` prints a list of messages; a top-level "@type" is allowed.
    const documents = isSeq(doc.contents) ? doc.contents.items.map((item, i) => [item as Node, [i]] as const) : [[doc.contents as Node, []] as const];
    for (const [node, path] of documents) {
      if (isMap(node)) checkFields(walk, desc, (node.items as Pair<Node, Node>[]).filter((pair) => !(isScalar(pair.key) && pair.key.value === '@type')), [...path]);
      else checkMessage(walk, desc, node, [...path]);
    }
  }
  for (const field of newerFields) {
    if (!walk.usedNewerFields.has(field)) {
      walk.problems.push({ line: 1, message: `newer-fields lists "${field}", but this example uses no such unknown field; remove it so the escape hatch stays narrow` });
    }
  }
  return walk.problems;
}
