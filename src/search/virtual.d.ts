// Starlight's own search component imports its Pagefind options from this virtual module; the lazy
// dialog (Search.astro) does the same, so the ranking set in astro.config.ts reaches both.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
