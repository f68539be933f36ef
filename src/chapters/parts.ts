/**
 * The handbook's parts, in book order. Each part is a folder under `content/docs/`; the sidebar shows one
 * group per part that has pages, and the scaffold (`npm run new`) only accepts these folder names.
 */
export interface Part {
  /** Folder name under `content/docs/`, also the first URL segment. */
  dir: string;
  /** Sidebar group label and search filter value. */
  label: string;
  /** The label in each translation, by BCP-47 tag (Starlight's sidebar `translations`). */
  translations: Record<string, string>;
}

export const parts: readonly Part[] = [
  { dir: 'start', label: 'Start here', translations: { 'zh-CN': '从这里开始' } },
  { dir: 'cloud-native', label: 'Cloud native and the mesh', translations: { 'zh-CN': '云原生与服务网格' } },
  { dir: 'architecture', label: 'Architecture', translations: { 'zh-CN': '架构' } },
  { dir: 'xds', label: 'Envoy and xDS', translations: { 'zh-CN': 'Envoy 与 xDS' } },
  { dir: 'traffic', label: 'Traffic management', translations: { 'zh-CN': '流量管理' } },
  { dir: 'security', label: 'Security', translations: { 'zh-CN': '安全' } },
  { dir: 'observability', label: 'Observability', translations: { 'zh-CN': '可观测性' } },
  { dir: 'operations', label: 'Operations and extension', translations: { 'zh-CN': '运维与扩展' } },
  { dir: 'appendix', label: 'Appendix', translations: { 'zh-CN': '附录' } },
];

/** The part a page belongs to, from its slug (`xds/transport` or `zh-cn/xds/transport` -> the xDS part), if any. */
export function partOfSlug(slug: string, locale?: string): Part | undefined {
  const path = locale && slug.startsWith(`${locale}/`) ? slug.slice(locale.length + 1) : slug;
  return parts.find((part) => part.dir === path.split('/')[0]);
}

/** A part's label in the page's language (`lang` as Starlight gives it, e.g. "zh-CN"). */
export function partLabel(part: Part, lang: string): string {
  return part.translations[lang] ?? part.label;
}
