import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Every page of the production build, as a URL path (`/xds/transport/`), 404 excluded. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        pages.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}
