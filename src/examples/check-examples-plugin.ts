/**
 * Fails the build on a broken example, naming the file and line, so readers never copy one:
 *
 *   ```yaml                      Istio / Gateway API resources: CRD schema + no unknown fields
 *   ```yaml invalid-example      skipped: a deliberately wrong example, shown to teach an error
 *   ```yaml newer-fields="spec.trafficPolicy.zoneAwareLbSetting"
 *                                those paths may be newer than the 1.29 schemas; nothing else
 *   ```yaml newer-kind="TrafficExtension"
 *                                a kind the 1.29 schemas lack: parsed, not schema-checked
 *   ```yaml envoy="Cluster"      an Envoy dump: checked against Envoy's v3 API (check-envoy-example.ts);
 *   ```json envoy="…"            so is any YAML/JSON fence whose top-level "@type" is an Envoy type
 *   ```bash / ```sh / ```shell   must parse (`bash -n`); never run
 *   ![alt](image.png)            must have alt text
 *   a .md chapter                refused: chapters are MDX
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Image } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { parseAllDocuments } from 'yaml';
import { checkEnvoyExample, envoyTypeOf } from './check-envoy-example.ts';
import { checkShellExample } from './check-shell-example.ts';
import { checkYamlExample, type ExampleProblem } from './check-yaml-example.ts';
import { ContentError } from '../build/content-error.ts';
import { parseFenceMeta } from './fence-meta.ts';

const yamlLanguages = new Set(['yaml', 'yml']);
const jsonLanguages = new Set(['json', 'jsonc']);
const shellLanguages = new Set(['bash', 'sh', 'shell']);
const defaultYamlHint = 'Fix the example, or mark a deliberately wrong one with ```yaml invalid-example (fields newer than Istio 1.29: newer-fields="spec.path").';

/** An Envoy example: named by `envoy="…"`, or carrying an Envoy `@type` at its top level. */
function isEnvoyExample(node: Readonly<Code>, envoy: string | undefined): boolean {
  if (envoy) return true;
  if (!node.value.includes('@type')) return false;
  return parseAllDocuments(node.value).some((doc) => doc.errors.length === 0 && envoyTypeOf(doc.toJS()) !== undefined);
}

function problemsIn(node: Readonly<Code>): ExampleProblem[] {
  const meta = parseFenceMeta(node.meta);
  if (meta.flags.has('invalid-example')) return [];
  const lang = node.lang ?? '';
  const newer = meta.values.get('newer-fields')?.split(',').map((field) => field.trim()).filter(Boolean);
  const envoy = meta.values.get('envoy');
  if ((yamlLanguages.has(lang) || jsonLanguages.has(lang)) && isEnvoyExample(node, envoy)) {
    return checkEnvoyExample(node.value, envoy, newer).map((problem) => ({ ...problem, message: `Envoy ${problem.message}` }));
  }
  const newerKinds = meta.values.get('newer-kind')?.split(',').map((kind) => kind.trim()).filter(Boolean);
  if (yamlLanguages.has(lang)) return checkYamlExample(node.value, newer, newerKinds);
  if (shellLanguages.has(lang)) return checkShellExample(node.value);
  return [];
}

/**
 * The Sätteri (Astro's Markdown processor) plugin. It checks after the walk, images first and then
 * fences, so that a page with several problems always reports the same first one.
 */
export function checkExamplesPlugin(): MdastPluginEntry {
  return ({ fileURL }) => {
    const file = fileURL && fileURLToPath(fileURL);
    const fences: Readonly<Code>[] = [];
    const images: Readonly<Image>[] = [];
    return defineMdastPlugin({
      name: 'handbook-check-examples',
      options: { position: true },
      before() {
        // Diagrams and example checks emit MDX, so a plain .md chapter would not build as intended.
        if (file?.endsWith('.md')) {
          throw new ContentError(file, undefined, 'chapters are MDX files.', `Rename it to ${basename(file)}x.`);
        }
      },
      code(node) {
        fences.push(node);
      },
      image(node) {
        images.push(node);
      },
      after() {
        for (const image of images) {
          if (!image.alt?.trim()) {
            throw new ContentError(file, image.position?.start.line, `image ${image.url} has no alt text.`, 'Write ![what the image shows](path): screen readers read it aloud.');
          }
        }
        for (const fence of fences) {
          const [problem] = problemsIn(fence);
          if (!problem) continue;
          // The fence's first content line is one below its opening ``` line.
          const line = (fence.position?.start.line ?? 0) + problem.line;
          throw new ContentError(
            file,
            line,
            `${fence.lang} example: ${problem.message}`,
            problem.hint ?? (fence.lang && yamlLanguages.has(fence.lang) ? defaultYamlHint : undefined),
          );
        }
      },
    });
  };
}
