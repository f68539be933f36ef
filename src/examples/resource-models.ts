import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cachedFieldTree, type FieldTree } from './crd-fields.ts';

/**
 * Finds the generated model (validator + field tree) for an Istio or Gateway API resource, from
 * the @kubernetes-models packages: Istio's come from Istio 1.29.2's CRDs, the newest published.
 */

/** API groups whose examples are checked, and the package that models each. */
const packageOfGroup: Record<string, string> = {
  'networking.istio.io': '@kubernetes-models/istio',
  'security.istio.io': '@kubernetes-models/istio',
  'telemetry.istio.io': '@kubernetes-models/istio',
  'extensions.istio.io': '@kubernetes-models/istio',
  'gateway.networking.k8s.io': '@kubernetes-models/gateway-api',
  'gateway.networking.x-k8s.io': '@kubernetes-models/gateway-api',
};

/** A resource kind the build can check. */
export interface ResourceModel {
  validate(object: unknown): { path: string; message: string }[];
  fields: FieldTree;
}

/** Whether the build checks resources of this apiVersion (install.istio.io's IstioOperator is istioctl input, not a CRD). */
export function isCheckedApiVersion(apiVersion: unknown): apiVersion is string {
  return typeof apiVersion === 'string' && apiVersion.split('/')[0]! in packageOfGroup;
}

const requireModule = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(fileURLToPath(import.meta.resolve(name)));
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/** Models already loaded: a build checks hundreds of examples but only a dozen kinds. */
const models = new Map<string, ResourceModel | string>();

/** The model for apiVersion + kind, or an explanation of why there is none. */
export function findModel(apiVersion: string, kind: string): ResourceModel | string {
  const key = `${apiVersion} ${kind}`;
  let model = models.get(key);
  if (model === undefined) {
    model = loadModel(apiVersion, kind);
    models.set(key, model);
  }
  return model;
}

function loadModel(apiVersion: string, kind: string): ResourceModel | string {
  const [group, version] = apiVersion.split('/') as [string, string | undefined];
  const name = packageOfGroup[group]!;
  const dir = join(packageDir(name), group, version ?? '');
  const moduleFile = join(dir, `${kind}.js`);
  if (!version || !existsSync(moduleFile)) {
    return `${apiVersion} has no kind "${kind}" in ${name} (check the apiVersion and the kind's spelling).`;
  }
  // require(), not import(): this runs inside Astro's config, whose Vite module runner is closed
  // by the time Markdown renders, so a dynamic import() fails there. Node 22+ requires ESM fine.
  const exported = requireModule(moduleFile) as Record<string, ModelClass>;
  const Model = exported[kind]!;
  const packageVersion = (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
  return {
    validate(object) {
      try {
        new Model(object).validate();
        return [];
      } catch (error) {
        const errors = (error as { errors?: { instancePath: string; message?: string; params?: object }[] }).errors;
        if (!errors) throw error;
        return errors.map((e) => ({
          path: e.instancePath,
          message: `${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${String(e.params.allowedValues)})` : ''}`,
        }));
      }
    },
    fields: cachedFieldTree(join(dir, `${kind}.d.ts`), kind, packageVersion),
  };
}
