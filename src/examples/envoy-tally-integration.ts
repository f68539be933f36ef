import type { AstroIntegration } from 'astro';
import { envoyCheckTally } from './check-envoy-example.ts';
import { envoyApi } from './envoy-api.ts';

/** Says in the build log how many Envoy examples were checked, against which API, and what was skipped. */
export function envoyTallyIntegration(): AstroIntegration {
  return {
    name: 'handbook:envoy-tally',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const skipped = [...envoyCheckTally.skippedTypes].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => `${type} ×${count}`);
        logger.info(`Envoy examples checked: ${envoyCheckTally.examples}, against the ${envoyApi.description} from ${envoyApi.source}.`);
        if (skipped.length > 0) logger.info(`Typed configs not checked (not Envoy types, or protos not shipped): ${skipped.join(', ')}.`);
      },
    },
  };
}
