// Check of the exercise "Onto Kubernetes" (README): the manifests in k8s/, parsed and wired the way Kubernetes
// would wire them (labels, selectors, ports, DNS names), against docker-compose.yml and the code. No cluster needed.
import { describe, expect, it } from 'vitest';
import {
  commandOf,
  containersOf,
  envOf,
  expectNoProblems,
  exposes,
  hostAndPort,
  list,
  listeningPort,
  readManifests,
  SERVICES,
  type ServiceName,
} from './kubernetes.js';

/** The image Compose builds, with any tag and optionally from a registry. */
const isAppImage = (image: string, appImage: string) => {
  const repository = appImage.split(':')[0] ?? appImage;
  const name = image.replace(/[:@][^/]*$/, '');
  return name === repository || name.endsWith(`/${repository}`);
};

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass']);

/** Whether host:port leads to a container of `target` Deployments listening on the target port. */
function reaches(
  manifests: ReturnType<typeof readManifests>,
  url: string | undefined,
  defaultPort: number,
  isTarget: (deployment: any) => boolean,
) {
  const address = hostAndPort(url, defaultPort);
  if (!address) return `"${url ?? ''}" is not a URL`;
  const resolved = manifests.resolve(address.host, address.port);
  if (typeof resolved === 'string') return resolved;
  const wrong = resolved.deployments.filter((d) => !isTarget(d)).map((d) => d.metadata?.name);
  if (wrong.length > 0) return `${address.host}:${address.port} also leads to the Deployment(s) ${wrong.join(', ')}`;
  const deaf = resolved.deployments.filter((d) => !containersOf(d).some((c) => exposes(c, resolved.targetPort)));
  if (deaf.length > 0)
    return `${address.host}:${address.port} targets port ${String(resolved.targetPort)}, which ${deaf.map((d) => d.metadata?.name).join(', ')} does not expose`;
  return undefined;
}

describe('k8s/', () => {
  it('declares a Namespace and puts every resource in it', () => {
    const manifests = readManifests();
    const problems: string[] = [];
    if (!manifests.namespace) problems.push(`declare exactly one Namespace (found ${manifests.of('Namespace').length})`);
    for (const { file, doc } of manifests.documents) {
      const label = `${file}: ${doc?.kind ?? '(no kind)'} ${doc?.metadata?.name ?? '(no name)'}`;
      if (typeof doc?.apiVersion !== 'string' || typeof doc?.kind !== 'string' || !doc?.metadata?.name)
        problems.push(`${label} needs apiVersion, kind and metadata.name`);
      else if (!CLUSTER_SCOPED.has(doc.kind) && doc.metadata.namespace !== manifests.namespace)
        problems.push(`${label} is not in the namespace ${manifests.namespace ?? '(none declared)'}`);
    }
    expectNoProblems(problems, 'the namespace');
  });

  it('runs each service as a Deployment of the Compose image, with its command, port, probes and resources', () => {
    const manifests = readManifests();
    const problems: string[] = [];
    for (const service of SERVICES) {
      const deployments = manifests.deploymentsOf(service);
      if (deployments.length === 0)
        problems.push(
          `no Deployment runs ${service}: a container with command [node, dist/${service}/main.js], as docker-compose.yml runs it`,
        );
      for (const deployment of deployments) {
        const name = `Deployment ${deployment.metadata?.name}`;
        if (deployment.apiVersion !== 'apps/v1') problems.push(`${name}: apiVersion apps/v1`);
        const selector = deployment.spec?.selector?.matchLabels ?? {};
        const labels = deployment.spec?.template?.metadata?.labels ?? {};
        if (Object.keys(selector).length === 0 || Object.entries(selector).some(([k, v]) => labels[k] !== v))
          problems.push(`${name}: spec.selector.matchLabels must be non-empty and match spec.template.metadata.labels`);
        const container = containersOf(deployment).find((c) => commandOf(c) === `node dist/${service}/main.js`);
        if (!isAppImage(String(container.image), manifests.appImage))
          problems.push(`${name}: image ${container.image}, but docker-compose.yml builds ${manifests.appImage} (any tag will do)`);
        const port = listeningPort(service, container);
        if (!exposes(container, port)) problems.push(`${name}: ${service} listens on ${port}; list it in ports (containerPort: ${port})`);
        for (const probe of ['readinessProbe', 'livenessProbe']) {
          const check = container[probe]?.httpGet;
          if (
            check?.path !== '/health' ||
            !(check.port === port || list(container.ports).some((p) => p.name === check.port && p.containerPort === port))
          )
            problems.push(`${name}: ${probe} should be an httpGet of /health on port ${port}`);
        }
        const resources = container.resources ?? {};
        if (!resources.requests?.cpu || !resources.requests?.memory || !resources.limits?.memory)
          problems.push(`${name}: set resources.requests.cpu, resources.requests.memory and resources.limits.memory`);
      }
    }
    expectNoProblems(problems, 'the service Deployments');
  });

  it('runs NATS and lets the services find it by its Service name (NATS_URL)', () => {
    const manifests = readManifests();
    const problems: string[] = [];
    const isNats = (deployment: any) => containersOf(deployment).some((c) => c.image === manifests.natsImage);
    if (!manifests.of('Deployment').some(isNats))
      problems.push(`no Deployment runs NATS with the image docker-compose.yml uses (${manifests.natsImage})`);
    for (const service of ['orders', 'inventory', 'payments'] as ServiceName[]) {
      for (const deployment of manifests.deploymentsOf(service)) {
        const container = containersOf(deployment).find((c) => commandOf(c) === `node dist/${service}/main.js`);
        const url = envOf(container, 'NATS_URL');
        const problem = url?.startsWith('nats://') ? reaches(manifests, url, 4222, isNats) : `NATS_URL is ${url ?? 'not set'}`;
        if (problem) problems.push(`Deployment ${deployment.metadata?.name}: NATS_URL ${url ?? ''} does not reach NATS: ${problem}`);
      }
    }
    expectNoProblems(problems, 'NATS');
  });

  it('lets the gateway find orders and inventory by their Service names (ORDERS_URL, INVENTORY_URL)', () => {
    const manifests = readManifests();
    const problems: string[] = [];
    for (const deployment of manifests.deploymentsOf('gateway')) {
      const container = containersOf(deployment).find((c) => commandOf(c) === 'node dist/gateway/main.js');
      for (const [variable, target] of [
        ['ORDERS_URL', 'orders'],
        ['INVENTORY_URL', 'inventory'],
      ] as const) {
        const url = envOf(container, variable);
        const targets = new Set(manifests.deploymentsOf(target));
        const problem = url?.startsWith('http://')
          ? reaches(manifests, url, 80, (d) => targets.has(d))
          : `${variable} is ${url ?? 'not set'}`;
        if (problem)
          problems.push(`Deployment ${deployment.metadata?.name}: ${variable} ${url ?? ''} does not reach ${target}: ${problem}`);
      }
    }
    expectNoProblems(problems, 'service discovery from the gateway');
  });

  it('exposes only the gateway outside the cluster', () => {
    const manifests = readManifests();
    const gateways = new Set(manifests.deploymentsOf('gateway'));
    const problems: string[] = [];
    const external = manifests.of('Service').filter((s) => ['NodePort', 'LoadBalancer'].includes(s.spec?.type));
    const ingressBackends = manifests
      .of('Ingress')
      .flatMap((i) => list(i.spec?.rules).flatMap((r) => list(r.http?.paths).map((p) => p.backend?.service?.name)));
    const exposed = [...external, ...manifests.of('Service').filter((s) => ingressBackends.includes(s.metadata?.name))];
    if (!exposed.some((s) => manifests.selectedBy(s).some((d) => gateways.has(d))))
      problems.push('make the gateway reachable from outside: a Service of type LoadBalancer or NodePort, or an Ingress, for it');
    for (const service of exposed) {
      const others = manifests.selectedBy(service).filter((d) => !gateways.has(d));
      if (others.length > 0)
        problems.push(
          `the Service ${service.metadata?.name} exposes ${others.map((d) => d.metadata?.name).join(', ')}: only the gateway is public`,
        );
    }
    expectNoProblems(problems, 'the way in');
  });

  it('runs three replicas of inventory (the NATS queue group shares the reservations among them)', () => {
    const manifests = readManifests();
    const replicas = manifests.deploymentsOf('inventory').reduce((sum, d) => sum + Number(d.spec?.replicas ?? 1), 0);
    expect(replicas, 'inventory: replicas: 3').toBe(3);
  });
});
