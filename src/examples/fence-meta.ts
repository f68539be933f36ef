/**
 * Reads a code fence's meta string (` ```yaml title="x" invalid-example `) into flags and
 * key="value" pairs, the same grammar Expressive Code uses.
 */
export interface FenceMeta {
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const match of (meta ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)) {
    const [, key, double, single, bare] = match;
    const value = double ?? single ?? bare;
    if (value === undefined) flags.add(key!);
    else values.set(key!, value);
  }
  return { flags, values };
}
