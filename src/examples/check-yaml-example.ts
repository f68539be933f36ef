import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { unknownFields } from './crd-fields.ts';
import { findModel, isCheckedApiVersion } from './resource-models.ts';

/** A problem in an example, with its 1-based line inside the fence. */
export interface ExampleProblem {
  line: number;
  message: string;
  /** What to do about it, when the check knows better than the generic advice. */
  hint?: string;
}

/** `spec.http[0].retries` -> `spec.http.retries`: list indices do not matter to `newer-fields`. */
function fieldPath(path: (string | number)[]): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

function displayPath(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** The line where `path` is written in the document (its key for map entries), or the document's first line. */
function lineOf(doc: Document, path: (string | number)[], lines: LineCounter): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      offset = (node as Node | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  return lines.linePos(offset).line;
}

/**
 * Checks a YAML example: it must parse, and every Istio or Gateway API resource in it must match
 * the CRD schema (types, enums, required fields) and use no field the schema does not know.
 * `newerFields` lists field paths (`spec.trafficPolicy.zoneAwareLbSetting`) newer than the schemas;
 * `newerKinds` lists kinds the schemas do not have at all (`TrafficExtension`), which are only parsed.
 * Each listed path or kind must be needed.
 */
export function checkYamlExample(source: string, newerFields: string[] = [], newerKinds: string[] = []): ExampleProblem[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(source, { lineCounter: lines, prettyErrors: false });
  const problems: ExampleProblem[] = [];
  const usedNewerFields = new Set<string>();
  const usedNewerKinds = new Set<string>();
  for (const doc of docs) {
    for (const error of doc.errors) {
      problems.push({ line: lines.linePos(error.pos[0]).line, message: `YAML does not parse: ${error.message.split('\n')[0]}` });
    }
    if (doc.errors.length > 0) continue;
    const object = doc.toJS() as { apiVersion?: unknown; kind?: unknown } | null;
    if (!object || typeof object !== 'object' || !isCheckedApiVersion(object.apiVersion)) continue;
    const where = (path: (string | number)[]) => lineOf(doc, path, lines);
    if (typeof object.kind !== 'string') {
      problems.push({ line: where([]), message: `${object.apiVersion} resource has no kind.` });
      continue;
    }
    const model = findModel(object.apiVersion, object.kind);
    if (typeof model === 'string') {
      if (newerKinds.includes(object.kind)) usedNewerKinds.add(object.kind);
      else problems.push({ line: where(['kind']), message: model, hint: `A kind newer than the Istio 1.29 schemas takes newer-kind="${object.kind}" on the fence.` });
      continue;
    }
    for (const { path, message } of model.validate(object)) {
      const parts = path.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      problems.push({ line: where(parts), message: `${object.kind} ${displayPath(parts) || '(root)'} ${message}.` });
    }
    for (const path of unknownFields(object, model.fields)) {
      const allowedBy = newerFields.find((field) => fieldPath(path) === field || fieldPath(path).startsWith(`${field}.`));
      if (allowedBy) {
        usedNewerFields.add(allowedBy);
        continue;
      }
      problems.push({
        line: where(path),
        message: `${object.kind} has no field ${displayPath(path)} in the Istio 1.29 / Gateway API schemas (a misspelling? Kubernetes would silently drop it).`,
      });
    }
  }
  for (const kind of newerKinds) {
    if (!usedNewerKinds.has(kind)) {
      problems.push({ line: 1, message: `newer-kind lists "${kind}", but no resource in this block is an unknown ${kind}; remove it so the escape hatch stays narrow.` });
    }
  }
  for (const field of newerFields) {
    if (!usedNewerFields.has(field)) {
      problems.push({
        line: 1,
        message: `newer-fields lists "${field}", but no resource in this block uses it as an unknown field; remove it so the escape hatch stays narrow.`,
      });
    }
  }
  return problems;
}
