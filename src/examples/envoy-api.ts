/**
 * Envoy's v3 API as a protobuf registry, for checking the Envoy config dumps in the chapters.
 *
 * Why this route: `@bufbuild/protobuf`'s `fromJson` implements proto3's JSON mapping exactly (unknown
 * keys, enum names, 64-bit integers, Duration strings, Any through a registry), so the handbook does
 * not re-implement it. It needs real file descriptors, and nothing on npm ships Envoy's compiled: the
 * `buf` CLI cannot compile the protos as shipped (their protoc-gen-validate copy is older than the
 * rules Envoy uses), and protobufjs's own `toDescriptor` merges files by package and drops imports.
 * So protobufjs parses the `.proto` files (it skips options it does not know), and this module writes
 * one FileDescriptorProto per file with what the JSON mapping reads: names, numbers, types, oneofs
 * and map entries. The compiled set is cached under `.cache/`, keyed by the proto package's version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { create, createFileRegistry, fromBinary, toBinary, type FileRegistry, type MessageInitShape } from '@bufbuild/protobuf';
import * as wkt from '@bufbuild/protobuf/wkt';
import { DescriptorProtoSchema, FileDescriptorProtoSchema, FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import protobuf from 'protobufjs';
import { cacheFolder, readCachedJson, writeCachedJson } from '../build/disk-cache.ts';

type MessageInit = MessageInitShape<typeof DescriptorProtoSchema>;
type FileInit = MessageInitShape<typeof FileDescriptorProtoSchema>;

/** The npm package whose `deps/` hold Envoy's API protos (kept current by the gRPC team for grpc-js-xds). */
const PROTO_PACKAGE = '@grpc/grpc-js-xds';
const packageDir = dirname(createRequire(import.meta.url).resolve(`${PROTO_PACKAGE}/package.json`));
const protoRoots = ['envoy-api', 'xds', 'googleapis', 'protoc-gen-validate'].map((dir) => join(packageDir, 'deps', dir));
const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The Envoy API the check uses: the snapshot of Envoy's v3 API (envoyproxy/data-plane-api) vendored in
 * this exact package version, which package-lock.json pins. It has fields added in Envoy 1.31
 * (OutlierDetection.always_eject_one_host) and predates 1.36's API changes; Istio 1.31 runs a newer
 * Envoy, so a field newer than this snapshot needs `newer-fields`. tests/unit/check-envoy-example.test.ts
 * fails when the package changes, so this description is updated with it.
 */
export const envoyApi = {
  source: `${PROTO_PACKAGE}@${packageVersion}`,
  description: 'Envoy v3 API (envoyproxy/data-plane-api, Envoy 1.31–1.35 era)',
} as const;

/** Well-known types come from @bufbuild/protobuf itself, so their JSON forms are the library's. */
const wellKnownFiles = (['any', 'duration', 'empty', 'field_mask', 'struct', 'timestamp', 'wrappers'] as const).map((name) => wkt[`file_google_protobuf_${name}`]);
const wellKnownFileOf = new Map(wellKnownFiles.flatMap((file) => [...file.messages, ...file.enums].map((desc) => [desc.typeName, file.proto.name])));

/** Every v3 API file (v2 and alpha APIs are not what Istio 1.31 sends), plus the xDS typed structs. */
function entryFiles(): string[] {
  const envoy = join(protoRoots[0]!, 'envoy');
  const files = readdirSync(envoy, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.proto') && `/${name}`.includes('/v3/'))
    .map((name) => join(envoy, name));
  return [...files, join(protoRoots[1]!, 'xds/type/v3/typed_struct.proto'), join(protoRoots[1]!, 'udpa/type/v1/typed_struct.proto')];
}

const scalarTypes: Record<string, number> = {
  double: 1, float: 2, int64: 3, uint64: 4, int32: 5, fixed64: 6, fixed32: 7, bool: 8, string: 9,
  bytes: 12, uint32: 13, sfixed32: 15, sfixed64: 16, sint32: 17, sint64: 18,
};
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const OPTIONAL = 1;
const REPEATED = 3;

/** The `.proto` file a type is defined in, as imports name it. */
function fileOf(object: protobuf.ReflectionObject): string {
  const wellKnown = wellKnownFileOf.get(object.fullName.slice(1));
  if (wellKnown) return wellKnown;
  const root = protoRoots.find((dir) => object.filename?.startsWith(`${dir}/`));
  if (!root) throw new Error(`${object.fullName} comes from no known proto root (${object.filename})`);
  return relative(root, object.filename!);
}

/** protoc's JSON name for a field: `base_ejection_time` -> `baseEjectionTime`. */
function jsonName(field: string): string {
  return field.replace(/_+([a-zA-Z0-9])?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

/** Collects the descriptors of one file; `uses` gathers the files its fields refer to. */
class FileWriter {
  readonly uses = new Set<string>();

  private fieldType(type: string, resolved: protobuf.ReflectionObject | null) {
    if (type in scalarTypes) return { type: scalarTypes[type] };
    if (!resolved) throw new Error(`unresolved type ${type}`);
    this.uses.add(fileOf(resolved));
    return { type: resolved instanceof protobuf.Enum ? TYPE_ENUM : TYPE_MESSAGE, typeName: resolved.fullName };
  }

  enumProto(type: protobuf.Enum) {
    return { name: type.name, value: Object.entries(type.values).map(([name, number]) => ({ name, number })) };
  }

  messageProto(type: protobuf.Type): MessageInit {
    // Real oneofs first, then the synthetic ones protobufjs makes for proto3 `optional`, as protoc orders them.
    const synthetic = (oneof: protobuf.OneOf) => oneof.oneof.length === 1 && oneof.name === `_${oneof.oneof[0]}`;
    const oneofs = [...type.oneofsArray.filter((o) => !synthetic(o)), ...type.oneofsArray.filter(synthetic)];
    const mapEntries: MessageInit[] = [];
    const field = type.fieldsArray.map((f) => {
      const placement = f.partOf ? { oneofIndex: oneofs.indexOf(f.partOf), proto3Optional: synthetic(f.partOf) } : {};
      if (!(f instanceof protobuf.MapField)) {
        return { name: f.name, jsonName: jsonName(f.name), number: f.id, label: f.repeated ? REPEATED : OPTIONAL, ...placement, ...this.fieldType(f.type, f.resolvedType) };
      }
      // protoc's name for a map field's entry message: foo_bar -> FooBarEntry.
      const entry = `${f.name.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Entry`;
      mapEntries.push({
        name: entry,
        options: { mapEntry: true },
        field: [
          { name: 'key', number: 1, label: OPTIONAL, ...this.fieldType(f.keyType, null) },
          { name: 'value', number: 2, label: OPTIONAL, ...this.fieldType(f.type, f.resolvedType) },
        ],
      });
      return { name: f.name, jsonName: jsonName(f.name), number: f.id, label: REPEATED, type: TYPE_MESSAGE, typeName: `${type.fullName}.${entry}` };
    });
    return {
      name: type.name,
      field,
      oneofDecl: oneofs.map((oneof) => ({ name: oneof.name })),
      nestedType: [...type.nestedArray.filter((n) => n instanceof protobuf.Type).map((n) => this.messageProto(n)), ...mapEntries],
      enumType: type.nestedArray.filter((n) => n instanceof protobuf.Enum).map((n) => this.enumProto(n)),
    };
  }
}

/** The compiled API: the descriptor set, and the messages of files that could not be compiled. */
interface CompiledApi {
  descriptors: string;
  /** Full names of messages declared in v3 files whose imports the package does not ship. */
  uncompiled: string[];
}

/** Top-level message names a `.proto` file declares, read from its text (it cannot be compiled). */
function declaredMessages(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const pkg = /^package\s+([\w.]+);/m.exec(text)?.[1] ?? '';
  return [...text.matchAll(/^message\s+(\w+)/gm)].map((m) => `${pkg}.${m[1]}`);
}

/** Parses the protos and writes one descriptor per file, dependencies before dependents. */
function compileApi(): CompiledApi {
  const root = new protobuf.Root();
  // google/protobuf/descriptor.proto (imported for custom options only) ships with protobufjs.
  const searchPath = [...protoRoots, dirname(createRequire(import.meta.url).resolve('protobufjs/package.json'))];
  const find = (target: string): string => searchPath.map((dir) => join(dir, target)).find(existsSync) ?? target;
  root.resolvePath = (_origin, target) => find(target);
  // A few v3 files import protos the package does not ship (OpenCensus, for one); leave those out.
  const loadable = new Map<string, boolean>();
  const canLoad = (path: string): boolean => {
    if (!loadable.has(path)) {
      loadable.set(path, true);
      const imports = [...readFileSync(path, 'utf8').matchAll(/^import\s+(?:public\s+|weak\s+)?"([^"]+)"/gm)].map((m) => m[1]!);
      loadable.set(path, imports.every((target) => {
        if (target.startsWith('google/protobuf/')) return true; // bundled with protobufjs
        const found = find(target);
        return existsSync(found) && canLoad(found);
      }));
    }
    return loadable.get(path)!;
  };
  const entries = entryFiles();
  root.loadSync(entries.filter(canLoad), { keepCase: true });
  const uncompiled = entries.filter((path) => !canLoad(path)).flatMap(declaredMessages);
  root.resolveAll();

  const files = new Map<string, { proto: FileInit; writer: FileWriter }>();
  const visit = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) {
        // google.protobuf: the well-known types come from @bufbuild/protobuf; descriptor.proto only serves options.
        if (nested.fullName.startsWith('.google.protobuf.')) continue;
        const name = fileOf(nested);
        let file = files.get(name);
        if (!file) {
          file = { proto: { name, package: namespace.fullName.slice(1), syntax: 'proto3', messageType: [], enumType: [] }, writer: new FileWriter() };
          files.set(name, file);
        }
        if (nested instanceof protobuf.Type) (file.proto.messageType as MessageInit[]).push(file.writer.messageProto(nested));
        else (file.proto.enumType as object[]).push(file.writer.enumProto(nested));
      } else if (nested instanceof protobuf.Namespace) visit(nested);
    }
  };
  visit(root);

  const ordered: FileInit[] = wellKnownFiles.map((file) => file.proto);
  const done = new Set(ordered.map((file) => file.name));
  const add = (name: string) => {
    if (done.has(name)) return;
    done.add(name);
    const file = files.get(name)!;
    file.writer.uses.delete(name);
    for (const dependency of file.writer.uses) add(dependency);
    ordered.push({ ...file.proto, dependency: [...file.writer.uses] });
  };
  for (const name of files.keys()) add(name);
  const descriptors = toBinary(FileDescriptorSetSchema, create(FileDescriptorSetSchema, { file: ordered }));
  return { descriptors: Buffer.from(descriptors).toString('base64'), uncompiled };
}

let loaded: { registry: FileRegistry; uncompiled: Set<string> } | undefined;

/** Envoy's API, compiled once per package version and then read from `.cache/`. */
function envoyApiLoaded() {
  if (loaded) return loaded;
  const dir = cacheFolder('envoy-api');
  const key = `api-${PROTO_PACKAGE.replace(/\W+/g, '-')}-${packageVersion}`;
  let api = readCachedJson<CompiledApi>(dir, key);
  if (!api) {
    api = compileApi();
    writeCachedJson(dir, key, api);
  }
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, Buffer.from(api.descriptors, 'base64')));
  loaded = { registry, uncompiled: new Set(api.uncompiled) };
  return loaded;
}

/** Envoy's API as a protobuf registry. */
export function envoyRegistry(): FileRegistry {
  return envoyApiLoaded().registry;
}

/**
 * Whether a message is part of Envoy's API but cannot be checked: its file imports protos the
 * package does not ship (the OpenTelemetry access logger imports OpenTelemetry's own protos, say).
 */
export function isUncompiledEnvoyMessage(typeName: string): boolean {
  return envoyApiLoaded().uncompiled.has(typeName);
}
