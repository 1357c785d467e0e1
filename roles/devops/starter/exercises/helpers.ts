// Shared by the exercise checks: your project's files read the way their tools read them, and the validators the
// project's CI check uses (SchemaStore and Compose schemas with Ajv, the Kubernetes schemas of kubernetes-models,
// Terraform's HCL parser and formatter) plus Prometheus' own PromQL grammar. Nothing here needs Docker, a cluster,
// a cloud account or the network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { format as formatHcl } from '@cdktf/hcl-tools';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import YAML from 'yaml';

/** Parsed YAML or HCL. Its shape is checked by the schemas and by the assertions, not by TypeScript. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

const projectUrl = (file: string) => new URL(`../${file}`, import.meta.url);

export const exists = (file: string) => existsSync(projectUrl(file));

/** The project's name (package.json), which the manifests, the workflow and the monitoring config use. */
export const projectName: string = JSON.parse(readFileSync(projectUrl('package.json'), 'utf8')).name;

/** A project file's text; fails the test with what to create when it is missing. */
export function readText(file: string, what?: string): string {
  if (!exists(file)) expect.fail(`create ${file}${what ? `: ${what}` : ''}`);
  return readFileSync(projectUrl(file), 'utf8');
}

/** An export of a project module the exercise asks for; fails the test with what to create when it is missing. */
export async function projectExport<T = unknown>(file: string, name: string, what: string): Promise<T> {
  if (!exists(file)) expect.fail(`create ${file} exporting ${what}`);
  const module = (await import(/* @vite-ignore */ projectUrl(file).href)) as Record<string, unknown>;
  if (module[name] === undefined) {
    const exported = Object.keys(module);
    expect.fail(`${file} should export ${what}; it exports ${exported.length > 0 ? exported.join(', ') : 'nothing'}`);
  }
  return module[name] as T;
}

/** Files of a project folder (not recursive) whose names end with one of the extensions. */
export function filesIn(folder: string, ...extensions: string[]): string[] {
  if (!exists(folder)) return [];
  return readdirSync(projectUrl(folder))
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Every YAML document of a file, parsed as Compose and Kubernetes tools do (merge keys on, duplicate keys refused). */
export function readYamlDocuments(file: string, what?: string): Doc[] {
  const documents = YAML.parseAllDocuments(readText(file, what), { merge: true, uniqueKeys: true });
  const problems = documents.flatMap((d) => [...d.errors, ...d.warnings]);
  if (problems.length > 0) expect.fail(`${file} is not valid YAML:\n${problems.map((p) => p.message).join('\n')}`);
  return documents.map((d) => d.toJS()).filter((d) => d !== null && d !== undefined);
}

export function readYaml(file: string, what?: string): Doc {
  const documents = readYamlDocuments(file, what);
  if (documents.length !== 1) expect.fail(`${file} should hold one YAML document; it holds ${documents.length}`);
  return documents[0];
}

// --- JSON schemas: the ones the CI check uses, from the npm packages in devDependencies ------------------------

const SCHEMAS = {
  'GitHub Actions workflow': 'schemastore/schemas/json/github-workflow.json',
  'Dependabot configuration': 'schemastore/schemas/json/dependabot-2.0.json',
  'Compose file': 'dclint/schemas/compose.schema.json',
  'Prometheus rules': 'schemastore/schemas/json/prometheus.rules.json',
} as const;

// strict: false because published schemas use annotations Ajv's strict mode rejects (e.g. `markdownDescription`).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>();

export function expectSchemaValid(schema: keyof typeof SCHEMAS, document: Doc, file: string): void {
  let validate = validators.get(schema);
  if (!validate) {
    const json = JSON.parse(readFileSync(projectUrl(`node_modules/${SCHEMAS[schema]}`), 'utf8'));
    // Ajv knows draft-07 by the id `http://json-schema.org/draft-07/schema#`; some files name other drafts.
    delete json.$schema;
    validate = ajv.compile(json);
    validators.set(schema, validate);
  }
  if (validate(document)) return;
  const errors = (validate.errors ?? []).map(
    (e) => `  ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`,
  );
  expect.fail(`${file} is not a valid ${schema}:\n${[...new Set(errors)].join('\n')}`);
}

// --- Kubernetes: the schemas of the API, compiled into kubernetes-models -----------------------------------------

const KUBERNETES_MODELS: Record<string, () => Promise<Record<string, unknown>>> = {
  v1: () => import('kubernetes-models/v1'),
  'apps/v1': () => import('kubernetes-models/apps/v1'),
  'autoscaling/v2': () => import('kubernetes-models/autoscaling/v2'),
  'policy/v1': () => import('kubernetes-models/policy/v1'),
  'networking.k8s.io/v1': () => import('kubernetes-models/networking.k8s.io/v1'),
};

/**
 * Validates a Kubernetes object against the schema of its apiVersion and kind. Like the API server, the schema
 * accepts fields it does not know, so the checks also assert the fields they rely on.
 */
export async function expectKubernetesValid(object: Doc, file: string): Promise<void> {
  const label = `${file}: ${object?.kind} ${object?.metadata?.name ?? ''}`.trim();
  const load = KUBERNETES_MODELS[object?.apiVersion];
  if (!load) expect.fail(`${label}: unexpected apiVersion ${object?.apiVersion}`);
  const Model = (await load())[object.kind] as (new (data: unknown) => { validate(): void }) | undefined;
  if (typeof Model !== 'function') expect.fail(`${label}: ${object.apiVersion} has no kind ${object.kind}`);
  try {
    new Model(object).validate();
  } catch (error) {
    expect.fail(`${label} does not match the Kubernetes schema: ${(error as Error).message}`);
  }
}

/** The objects of one manifest in k8s/, each validated. */
export async function readManifest(file: string, what?: string): Promise<Doc[]> {
  const objects = readYamlDocuments(file, what);
  for (const object of objects) await expectKubernetesValid(object, file);
  return objects;
}

export async function readObject(file: string, kind: string): Promise<Doc> {
  const object = (await readManifest(file)).find((o) => o.kind === kind);
  if (!object) expect.fail(`${file} has no ${kind}`);
  return object;
}

// --- Terraform: HCL parsed to JSON (as `terraform show -json` names things) and `terraform fmt` -------------------

export async function readHcl(file: string, what?: string): Promise<Doc> {
  const text = readText(file, what);
  try {
    return await parseHcl(file, text);
  } catch (error) {
    expect.fail(`${file} is not valid HCL (Terraform's syntax): ${(error as Error).message}`);
  }
}

/** Every .tf file in infra/, merged: { resource: { type: { name: [block] } }, data, variable, output, terraform }. */
export async function readTerraform(): Promise<Doc> {
  const merged: Doc = { resource: {}, data: {}, variable: {}, output: {}, terraform: [] };
  for (const file of filesIn('infra', '.tf')) {
    const hcl = await readHcl(file);
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries(hcl[kind] ?? {})) merged[kind][type] = { ...merged[kind][type], ...(byName as object) };
    }
    Object.assign(merged.variable, hcl.variable);
    Object.assign(merged.output, hcl.output);
    merged.terraform.push(...(hcl.terraform ?? []));
  }
  return merged;
}

/** Fails unless the file is laid out exactly as `terraform fmt` would write it. */
export async function expectTerraformFormatted(file: string): Promise<void> {
  const text = readText(file);
  const formatted = await formatHcl(text);
  if (formatted === text) return;
  const lines = text.split('\n');
  const line = formatted.split('\n').findIndex((l, i) => l !== lines[i]);
  expect.fail(`${file} is not formatted the way \`terraform fmt\` does it (first difference on line ${line + 1}); run terraform fmt`);
}

// --- PromQL: parsed with the grammar of Prometheus' own web UI ---------------------------------------------------

export interface PromqlSummary {
  /** Metric names of the selectors, e.g. http_requests_total. */
  metrics: string[];
  /** Ranges of the range selectors, e.g. 5m. */
  ranges: string[];
  /** Operators and functions used (lezer node names such as And, Gtr, Rate, Sum). */
  nodes: Set<string>;
  numbers: number[];
}

export function parsePromql(expr: string, label: string): PromqlSummary {
  const tree = promqlParser.parse(expr);
  const summary: PromqlSummary = { metrics: [], ranges: [], nodes: new Set(), numbers: [] };
  let errorAt = -1;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError && errorAt < 0) errorAt = node.from;
      summary.nodes.add(node.name);
      const text = expr.slice(node.from, node.to);
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') summary.metrics.push(text);
      if (node.name === 'NumberDurationLiteralInDurationContext') summary.ranges.push(text);
      if (node.name === 'NumberDurationLiteral' && !Number.isNaN(Number(text))) summary.numbers.push(Number(text));
    },
  });
  if (errorAt >= 0)
    expect.fail(`${label}: PromQL syntax error at "${expr.slice(errorAt, errorAt + 30) || '(the end)'}" in: ${expr.trim()}`);
  return summary;
}

// --- Processes and time -------------------------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
