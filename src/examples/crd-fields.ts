import ts from 'typescript';
import { cacheFolder, readCachedJson, writeCachedJson } from '../build/disk-cache.ts';

/**
 * The tree of field names a resource may carry, read once from the TypeScript types that
 * @kubernetes-models generates from the CRDs. Istio's CRD schemas allow unknown fields (and
 * Kubernetes silently drops them), so the JSON-schema validators accept `spec.hostz`; this tree is
 * what lets the build reject it.
 */
export interface FieldTree {
  /** Known fields of an object. */
  fields?: Record<string, FieldTree>;
  /** The element type of an array. */
  items?: FieldTree;
  /** Any key is allowed here (a map, or a free-form value); no further checking below. */
  open?: true;
}

/** Deeper than any real CRD; stops recursive types (JSON values, say) from looping. */
const MAX_DEPTH = 40;

function treeOfType(checker: ts.TypeChecker, type: ts.Type, depth: number, seen: Set<ts.Type>): FieldTree {
  if (depth > MAX_DEPTH || seen.has(type)) return { open: true };
  const parts = type.isUnion() ? type.types : [type];
  // Generated types spell oneOf as `{ common } & ({ a } | { b })`: intersections are objects too.
  const objects = parts.filter((part) => part.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection));
  if (objects.length === 0) {
    // `any`/`unknown` hold anything; primitives and literals have no fields to misspell.
    return type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) ? { open: true } : {};
  }
  const inner = new Set(seen).add(type);
  const arrays = objects.filter((part) => checker.isArrayType(part));
  if (arrays.length > 0) {
    const element = checker.getTypeArguments(arrays[0] as ts.TypeReference)[0];
    return { items: element ? treeOfType(checker, element, depth + 1, inner) : { open: true } };
  }
  const tree: FieldTree = {};
  for (const object of objects) {
    if (checker.getIndexInfosOfType(object).length > 0) return { open: true };
    for (const property of checker.getPropertiesOfType(object)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration) continue;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      tree.fields ??= {};
      tree.fields[property.name] = treeOfType(checker, propertyType, depth + 1, inner);
    }
  }
  // A schema of `type: object` with no properties (x-kubernetes-preserve-unknown-fields, a
  // protobuf Struct) holds free-form data.
  return tree.fields ? tree : { open: true };
}

/** Reads the field tree of interface `I<kind>` from a generated `.d.ts` file. */
export function readFieldTree(declarationFile: string, kind: string): FieldTree {
  const program = ts.createProgram([declarationFile], { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const declaration = source?.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === `I${kind}`,
  );
  if (!declaration) throw new Error(`No interface I${kind} in ${declarationFile}`);
  return treeOfType(checker, checker.getTypeAtLocation(declaration), 0, new Set());
}

const cacheDir = cacheFolder('crd-fields');

/**
 * `readFieldTree` with a cache on disk: compiling the types takes about a second per kind, and
 * the trees only change when the package does (its version is part of the key).
 */
export function cachedFieldTree(declarationFile: string, kind: string, packageVersion: string): FieldTree {
  const key = `${declarationFile.replace(/[^\w.-]+/g, '_')}@${packageVersion}`;
  const cached = readCachedJson<FieldTree>(cacheDir, key);
  if (cached) return cached;
  const tree = readFieldTree(declarationFile, kind);
  writeCachedJson(cacheDir, key, tree);
  return tree;
}

/** Paths (like `spec.http[0].retriez`) of fields the tree does not know, in document order. */
export function unknownFields(value: unknown, tree: FieldTree, path: (string | number)[] = []): (string | number)[][] {
  if (tree.open || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    return tree.items ? value.flatMap((item, index) => unknownFields(item, tree.items!, [...path, index])) : [];
  }
  const found: (string | number)[][] = [];
  for (const [key, child] of Object.entries(value)) {
    const subtree = tree.fields?.[key];
    if (!subtree) found.push([...path, key]);
    else found.push(...unknownFields(child, subtree, [...path, key]));
  }
  return found;
}

