// Schema validation shared by the starter checks (microservices, devops): YAML files parsed the way their tools
// read them, then validated with Ajv against JSON schemas that npm packages in ../package.json ship. Nothing is
// fetched at test time. Where each schema comes from, and its licence: README.md beside this file.
import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const nodeModules = new URL('../node_modules/', import.meta.url);

function readSchema(relativePath) {
  const schema = JSON.parse(fs.readFileSync(new URL(relativePath, nodeModules), 'utf8'));
  // Ajv knows draft-07 by the id `http://json-schema.org/draft-07/schema#`; some files spell it differently.
  delete schema.$schema;
  return schema;
}

// strict: false because published schemas use annotations Ajv's strict mode rejects (e.g. `markdownDescription`).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map();

function validator(name, relativePath) {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(readSchema(relativePath)));
  return compiled.get(name);
}

function check(validate, document, label) {
  if (validate(document)) return;
  const errors = validate.errors.map(
    (e) => `  ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`,
  );
  throw new Error(`${label} does not match its schema:\n${[...new Set(errors)].join('\n')}`);
}

/**
 * Parses every YAML document in a file, with `<<` merge keys on (Compose and Kubernetes tools support them) and
 * duplicate keys as errors. Throws on any syntax error or warning.
 */
export function readYamlDocuments(file) {
  const documents = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true });
  const problems = documents.flatMap((d) => [...d.errors, ...d.warnings]);
  if (problems.length > 0) throw new Error(`${file} is not valid YAML:\n${problems.map((p) => p.message).join('\n')}`);
  return documents.map((d) => d.toJS()).filter((d) => d !== null && d !== undefined);
}

export function readYaml(file) {
  const documents = readYamlDocuments(file);
  if (documents.length !== 1) throw new Error(`${file}: expected one YAML document, found ${documents.length}`);
  return documents[0];
}

/** The Compose Specification schema as shipped by dclint (schemas/compose.schema.json, from compose-spec/compose-spec). */
export function validateCompose(document, label = 'docker-compose.yml') {
  check(validator('compose', 'dclint/schemas/compose.schema.json'), document, label);
}

/** GitHub Actions workflow syntax, from SchemaStore (github-workflow.json) as shipped by the `schemastore` package. */
export function validateWorkflow(document, label = 'workflow') {
  check(validator('github-workflow', 'schemastore/schemas/json/github-workflow.json'), document, label);
}

/** kustomization.yaml, from SchemaStore (kustomization.json). */
export function validateKustomization(document, label = 'kustomization.yaml') {
  check(validator('kustomization', 'schemastore/schemas/json/kustomization.json'), document, label);
}

/** prometheus.yml, from SchemaStore (prometheus.json). */
export function validatePrometheusConfig(document, label = 'prometheus.yml') {
  check(validator('prometheus', 'schemastore/schemas/json/prometheus.json'), document, label);
}

/** Prometheus rule files, from SchemaStore (prometheus.rules.json). */
export function validatePrometheusRules(document, label = 'rules') {
  check(validator('prometheus-rules', 'schemastore/schemas/json/prometheus.rules.json'), document, label);
}

/**
 * A Kubernetes object against the JSON schema of its apiVersion and kind, derived from the Kubernetes OpenAPI
 * spec: `kubernetes-models` ships them compiled to Ajv standalone validators. Like the API server, it accepts
 * fields it does not know, so the checks assert the fields they rely on themselves.
 */
export async function validateKubernetes(object, label = `${object?.kind} ${object?.metadata?.name}`) {
  if (typeof object?.apiVersion !== 'string' || typeof object?.kind !== 'string') throw new Error(`${label}: no apiVersion or kind`);
  let models;
  try {
    models = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    throw new Error(`${label}: unknown apiVersion ${object.apiVersion}`);
  }
  const Model = models[object.kind];
  if (typeof Model !== 'function') throw new Error(`${label}: ${object.apiVersion} has no kind ${object.kind}`);
  try {
    new Model(object).validate();
  } catch (error) {
    throw new Error(`${label} does not match the Kubernetes schema of ${object.apiVersion} ${object.kind}: ${error.message}`, {
      cause: error,
    });
  }
}
