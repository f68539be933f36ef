import type { AstroIntegration } from 'astro';
import { closeDiagramRenderer } from './mermaid-renderer.ts';

/** Closes the Chromium the diagram renderer shares across pages once the build no longer needs it. */
export function closeDiagramRendererIntegration(): AstroIntegration {
  return {
    name: 'handbook:close-diagram-renderer',
    hooks: {
      'astro:build:done': closeDiagramRenderer,
      'astro:server:done': closeDiagramRenderer,
    },
  };
}
