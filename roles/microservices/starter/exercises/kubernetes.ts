// Shared by the Kubernetes and service-mesh checks: the manifests in k8s/, and how Kubernetes would wire them
// (labels and selectors, Service ports and target ports, DNS names), read the way the API server reads them.
import { expect } from 'vitest';
import { readCompose, readYamlTree, type YamlDocument } from './helpers.js';

export const SERVICES = ['gateway', 'orders', 'inventory', 'payments'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The port each service listens on without a PORT variable (src/<service>/main.ts). */
export const DEFAULT_PORTS: Record<ServiceName, number> = { gateway: 3000, orders: 3001, inventory: 3002, payments: 3003 };

type Any = any;
export const list = (value: unknown): Any[] => (Array.isArray(value) ? value : []);
const labelsMatch = (selector: Record<string, unknown> | undefined, labels: Record<string, unknown> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels?.[key] === value);

export interface Manifests {
  documents: YamlDocument[];
  /** The one Namespace declared in k8s/, if any. */
  namespace: string | undefined;
  of(kind: string): Any[];
  /** Deployments whose container runs the service as docker-compose.yml does (`node dist/<service>/main.js`). */
  deploymentsOf(service: ServiceName): Any[];
  /** The image docker compose builds for the services, and the NATS image it runs. */
  appImage: string;
  natsImage: string;
  /** The Deployments a Service's selector picks. */
  selectedBy(service: Any): Any[];
  /** The Service a host name means inside the namespace (name, name.ns, name.ns.svc, name.ns.svc.cluster.local). */
  serviceForHost(host: string): Any | undefined;
  /** Where host:port leads: the Deployments behind it and the container port it targets; or a problem. */
  resolve(host: string, port: number): { deployments: Any[]; targetPort: unknown } | string;
}

export function commandOf(container: Any): string {
  return [...list(container?.command), ...list(container?.args)].map(String).join(' ');
}

export const containersOf = (deployment: Any): Any[] => list(deployment?.spec?.template?.spec?.containers);

/** The value of an env var of a container (literal `value` only). */
export function envOf(container: Any, name: string): string | undefined {
  const entry = list(container?.env).find((e) => e?.name === name);
  return entry?.value === undefined ? undefined : String(entry.value);
}

/** Whether a container exposes `port` (a number or the name of one of its ports). */
export function exposes(container: Any, port: unknown): boolean {
  return list(container?.ports).some((p) => p?.containerPort === port || (typeof port === 'string' && p?.name === port));
}

export function readManifests(): Manifests {
  const documents = readYamlTree('k8s', 'the Kubernetes manifests (Namespace, Deployments, Services)');
  const compose = readCompose();
  const of = (kind: string) => documents.filter(({ doc }) => doc?.kind === kind).map(({ doc }) => doc);
  const namespaces = of('Namespace');
  const namespace = namespaces.length === 1 ? namespaces[0]?.metadata?.name : undefined;
  const deployments = of('Deployment');
  const serviceCommand = (name: ServiceName) => list(compose?.services?.[name]?.command).map(String).join(' ');
  const deploymentsOf = (name: ServiceName) =>
    deployments.filter((d) => containersOf(d).some((c) => commandOf(c) === serviceCommand(name)));
  const selectedBy = (service: Any) => deployments.filter((d) => labelsMatch(service?.spec?.selector, d?.spec?.template?.metadata?.labels));
  const serviceForHost = (host: string) => {
    const [name, ns, ...rest] = host.split('.');
    const suffix = rest.join('.');
    if (ns !== undefined && (ns !== namespace || !['', 'svc', 'svc.cluster.local'].includes(suffix))) return undefined;
    return of('Service').find((s) => s?.metadata?.name === name);
  };
  const resolve = (host: string, port: number) => {
    const service = serviceForHost(host);
    if (!service) return `no Service answers to the host name ${host}`;
    const entry = list(service.spec?.ports).find((p) => p?.port === port);
    if (!entry) return `the Service ${service.metadata?.name} has no port ${port}`;
    const selected = selectedBy(service);
    if (selected.length === 0) return `the selector of the Service ${service.metadata?.name} picks no Deployment's pods`;
    return { deployments: selected, targetPort: entry.targetPort ?? entry.port };
  };
  return {
    documents,
    namespace,
    of,
    deploymentsOf,
    appImage: String(compose?.services?.orders?.image),
    natsImage: String(compose?.services?.nats?.image),
    selectedBy,
    serviceForHost,
    resolve,
  };
}

/** Fails with every problem at once, so the learner sees all that is left to do. */
export function expectNoProblems(problems: string[], what: string): void {
  expect(problems, `${what}:\n  - ${problems.join('\n  - ')}\n`).toEqual([]);
}

/** The port a service's container listens on: its PORT variable, or the default of its main.ts. */
export function listeningPort(service: ServiceName, container: Any): number {
  const port = envOf(container, 'PORT');
  return port === undefined ? DEFAULT_PORTS[service] : Number(port);
}

/** A URL such as http://orders:3001, split; undefined when it is not one. */
export function hostAndPort(url: string | undefined, defaultPort: number): { host: string; port: number } | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : defaultPort };
  } catch {
    return undefined;
  }
}
