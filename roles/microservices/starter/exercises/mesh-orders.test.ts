// Check of the exercise "Put orders in a service mesh" (README): Istio resources in k8s/ (sidecar injection, strict
// mTLS, a 90/10 canary, retries and timeouts, outlier detection), wired to the Kubernetes manifests and the code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDir } from './helpers.js';
import { expectNoProblems, list, readManifests } from './kubernetes.js';

type Any = any;
const istio = (group: string) => (doc: Any) => new RegExp(`^${group.replace('.', '\\.')}/v1(alpha3|beta1)?$`).test(String(doc?.apiVersion));

/** Istio's duration syntax (1h, 2s, 500ms, 1.5s) in milliseconds, or NaN. */
function durationMs(value: unknown): number {
  const match = /^(\d+(?:\.\d+)?)(h|m|s|ms|us|µs)$/.exec(String(value));
  if (!match) return Number.NaN;
  const factor = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1, us: 0.001, µs: 0.001 }[match[2] as 'h'];
  return Number(match[1]) * factor;
}

/** The gateway's upstream timeout in src/gateway/upstream.ts (`timeoutMs ?? 3_000`). */
function gatewayTimeoutMs(): number {
  const source = readFileSync(path.join(projectDir, 'src/gateway/upstream.ts'), 'utf8');
  const match = /timeoutMs\s*\?\?\s*([\d_]+)/.exec(source);
  return match ? Number(match[1]?.replaceAll('_', '')) : 3_000;
}

function mesh() {
  const manifests = readManifests();
  const ordersService = manifests.serviceForHost('orders');
  const isOrdersHost = (host: unknown) => typeof host === 'string' && manifests.serviceForHost(host) === ordersService && !!ordersService;
  const rules = manifests.documents
    .map(({ doc }) => doc)
    .filter((doc) => doc?.kind === 'DestinationRule' && istio('networking.istio.io')(doc));
  const rule = rules.find((r) => isOrdersHost(r.spec?.host));
  const services = manifests.documents
    .map(({ doc }) => doc)
    .filter((doc) => doc?.kind === 'VirtualService' && istio('networking.istio.io')(doc));
  const virtualService = services.find((v) => list(v.spec?.hosts).some(isOrdersHost));
  return { manifests, ordersService, isOrdersHost, rule, virtualService };
}

/** The http route of a VirtualService that a request takes: the first whose match (if any) fits. */
function routeFor(virtualService: Any, method: string, uri: string): Any {
  const fits = (pattern: Any, value: string) =>
    !pattern ||
    (pattern.exact !== undefined
      ? pattern.exact === value
      : pattern.prefix !== undefined
        ? value.startsWith(pattern.prefix)
        : pattern.regex !== undefined
          ? new RegExp(`^(?:${pattern.regex})$`).test(value)
          : true);
  return list(virtualService?.spec?.http).find((route) => {
    const matches = list(route.match);
    return matches.length === 0 || matches.some((m) => fits(m.method, method) && fits(m.uri, uri));
  });
}

describe('the mesh', () => {
  it('injects the Istio sidecar into every pod of the namespace', () => {
    const { manifests } = mesh();
    const namespace = manifests.of('Namespace')[0];
    const labels = namespace?.metadata?.labels ?? {};
    expect(
      labels['istio-injection'] === 'enabled' || typeof labels['istio.io/rev'] === 'string',
      'label the Namespace istio-injection: enabled',
    ).toBe(true);
  });

  it('requires mutual TLS between all the services (PeerAuthentication, STRICT)', () => {
    const { manifests } = mesh();
    const strict = manifests.documents
      .map(({ doc }) => doc)
      .filter((doc) => doc?.kind === 'PeerAuthentication' && istio('security.istio.io')(doc))
      .filter((doc) => [manifests.namespace, 'istio-system'].includes(doc.metadata?.namespace) && !doc.spec?.selector)
      .filter((doc) => doc.spec?.mtls?.mode === 'STRICT');
    expect(
      strict.length,
      `a PeerAuthentication (security.istio.io/v1) for the whole namespace ${manifests.namespace}, without a selector, with mtls.mode: STRICT`,
    ).toBeGreaterThan(0);
  });

  it('declares the NATS port as TCP: NATS speaks first, and protocol sniffing would stall it', () => {
    const { manifests } = mesh();
    const nats = manifests.of('Service').find((s) => list(s.spec?.ports).some((p) => p.port === 4222));
    const port = list(nats?.spec?.ports).find((p) => p.port === 4222);
    expect(
      port?.appProtocol === 'tcp' || /^tcp(-|$)/.test(String(port?.name ?? '')),
      'name the NATS Service port tcp or tcp-<suffix> (or set appProtocol: tcp)',
    ).toBe(true);
  });

  it('runs a canary of orders: v1 and v2 Deployments behind the one orders Service, as subsets of a DestinationRule', () => {
    const { manifests, ordersService, rule } = mesh();
    const problems: string[] = [];
    const orders = manifests.deploymentsOf('orders');
    const byVersion = (version: string) => orders.filter((d) => d.spec?.template?.metadata?.labels?.version === version);
    for (const version of ['v1', 'v2'])
      if (byVersion(version).length !== 1)
        problems.push(`one Deployment running orders with the pod label version: ${version} (found ${byVersion(version).length})`);
    const selected = ordersService ? manifests.selectedBy(ordersService) : [];
    if (!ordersService) problems.push('the orders Service is missing');
    else if (orders.some((d) => !selected.includes(d)))
      problems.push('the orders Service should select the pods of both versions (no version in its selector)');
    if (!rule) problems.push('a DestinationRule (networking.istio.io/v1) whose host is orders');
    for (const version of ['v1', 'v2']) {
      const subset = list(rule?.spec?.subsets).find((s) => s.name === version);
      const picks = orders.filter((d) =>
        Object.entries(subset?.labels ?? {}).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v),
      );
      if (!subset?.labels || picks.length !== 1 || picks[0] !== byVersion(version)[0])
        problems.push(`the DestinationRule needs a subset ${version} whose labels pick the ${version} pods only`);
    }
    expectNoProblems(problems, 'the canary');
  });

  it('sends 90% of the orders traffic to v1 and 10% to v2', () => {
    const { virtualService, isOrdersHost } = mesh();
    expect(virtualService, 'a VirtualService (networking.istio.io/v1) with hosts: [orders]').toBeDefined();
    for (const [method, uri] of [
      ['GET', '/orders/1'],
      ['POST', '/orders'],
    ] as const) {
      const route = routeFor(virtualService, method, uri);
      const weights = Object.fromEntries(
        list(route?.route)
          .filter((d) => isOrdersHost(d.destination?.host))
          .map((d) => [d.destination?.subset, Number(d.weight ?? 100)]),
      );
      expect(weights, `${method} ${uri} should go to subset v1 with weight 90 and v2 with weight 10`).toEqual({ v1: 90, v2: 10 });
    }
  });

  it("retries GETs to orders within the gateway's timeout, and never retries a POST after a server error", () => {
    const { virtualService } = mesh();
    expect(virtualService, 'a VirtualService (networking.istio.io/v1) with hosts: [orders]').toBeDefined();
    const problems: string[] = [];
    const get = routeFor(virtualService, 'GET', '/orders/1');
    const timeout = durationMs(get?.timeout);
    const limit = gatewayTimeoutMs();
    if (!(timeout > 0 && timeout < limit))
      problems.push(
        `GET: set a timeout shorter than the gateway's own (${limit} ms in src/gateway/upstream.ts), so the mesh gives up first; it is ${get?.timeout ?? 'not set'}`,
      );
    const retries = get?.retries ?? {};
    if (!(Number(retries.attempts) >= 1)) problems.push('GET: retries.attempts of at least 1');
    if (!(durationMs(retries.perTryTimeout) > 0)) problems.push('GET: a retries.perTryTimeout');
    if (!/(^|,)\s*(5xx|gateway-error|connect-failure|reset)\s*(,|$)/.test(String(retries.retryOn ?? '')))
      problems.push('GET: retries.retryOn with 5xx or gateway-error (and connect-failure)');
    const post = routeFor(virtualService, 'POST', '/orders');
    if (post === get)
      problems.push('POST /orders takes the same route as the GETs: give GETs a route of their own (match: method: exact: GET)');
    const postRetryOn = String(post?.retries?.retryOn ?? '');
    if (Number(post?.retries?.attempts ?? 0) > 0 && /5xx|gateway-error|reset|retriable-status-codes|retriable-4xx/.test(postRetryOn))
      problems.push('POST /orders must not be retried after a server error: the order may have been placed (retries.attempts: 0)');
    expectNoProblems(problems, 'retries and timeouts');
  });

  it('takes failing orders pods out of the load balancing (outlier detection)', () => {
    const { rule } = mesh();
    const outlier = rule?.spec?.trafficPolicy?.outlierDetection ?? {};
    expect(
      (Number(outlier.consecutive5xxErrors) >= 1 || Number(outlier.consecutiveGatewayErrors) >= 1) &&
        durationMs(outlier.interval) > 0 &&
        durationMs(outlier.baseEjectionTime) > 0,
      'the orders DestinationRule: trafficPolicy.outlierDetection with consecutive5xxErrors, interval and baseEjectionTime',
    ).toBe(true);
  });
});
