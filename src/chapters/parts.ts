/**
 * The handbook's parts, in book order. Each part is a folder under `content/docs/`; the sidebar shows one
 * group per part that has pages, and the scaffold (`npm run new`) only accepts these folder names.
 */
export interface Part {
  /** Folder name under `content/docs/`, also the first URL segment. */
  dir: string;
  /** Sidebar group label and search filter value. */
  label: string;
}

export const parts: readonly Part[] = [
  { dir: 'start', label: 'Start here' },
  { dir: 'cloud-native', label: 'Cloud native and the mesh' },
  { dir: 'architecture', label: 'Architecture' },
  { dir: 'xds', label: 'Envoy and xDS' },
  { dir: 'traffic', label: 'Traffic management' },
  { dir: 'security', label: 'Security' },
  { dir: 'observability', label: 'Observability' },
  { dir: 'operations', label: 'Operations and extension' },
  { dir: 'appendix', label: 'Appendix' },
];

/** The part a page belongs to, from its slug (`xds/transport` -> the xDS part), if any. */
export function partOfSlug(slug: string): Part | undefined {
  const dir = slug.split('/')[0];
  return parts.find((part) => part.dir === dir);
}
