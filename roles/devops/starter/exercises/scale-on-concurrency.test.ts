// Check of the exercise "Scale on requests in flight" (README). It calls your app in-process (and once over a real
// socket, to hang up early), then reads k8s/hpa.yaml with the Kubernetes schema and the adapter's rules.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Health } from '../src/health.js';
import { type Doc, parsePromql, readObject, readYaml, sleep } from './helpers.js';

const METRIC = 'http_requests_in_flight';
const ADAPTER = 'monitoring/prometheus-adapter.yaml';

const apps: ReturnType<typeof buildApp>[] = [];
const waitingEverywhere: (() => void)[] = [];
afterEach(async () => {
  // Answer whatever a failed test left waiting, or closing the app would wait for it.
  waitingEverywhere.splice(0).forEach((resolve) => resolve());
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** Your app plus a route that answers only when release() is called, so requests stay in flight. */
function appWithSlowRoute() {
  const app = buildApp({ config: loadConfig({}), health: new Health() });
  apps.push(app);
  const waiting: (() => void)[] = [];
  app.get('/exercise/slow', async () => {
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      waitingEverywhere.push(resolve);
    });
    return { ok: true };
  });
  return { app, waiting, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

async function inFlight(app: ReturnType<typeof buildApp>): Promise<number> {
  const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  expect(text, `/metrics should expose a gauge ${METRIC} (# TYPE ${METRIC} gauge)`).toContain(`# TYPE ${METRIC} gauge`);
  const line = text.split('\n').find((l) => l.startsWith(`${METRIC} `));
  expect(
    line,
    `${METRIC} should be one number without labels ("${METRIC} 3"); /metrics has:\n${text
      .split('\n')
      .filter((l) => l.startsWith(METRIC))
      .join('\n')}`,
  ).toBeDefined();
  return Number(line?.split(' ').at(-1));
}

async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) expect.fail(`timed out waiting until ${what}`);
    await sleep(10);
  }
}

describe(`the ${METRIC} gauge`, () => {
  it('counts the API requests being handled right now', async () => {
    const { app, waiting, release } = appWithSlowRoute();
    const requests = [1, 2, 3].map(() => app.inject({ method: 'GET', url: '/exercise/slow' }));
    await until('3 requests reach the route', () => waiting.length === 3);
    expect(await inFlight(app), `with 3 requests waiting for an answer, ${METRIC} should be 3 (the scrape itself is not counted)`).toBe(3);
    release();
    await Promise.all(requests);
    expect(await inFlight(app), `once they are answered, ${METRIC} should be back to 0`).toBe(0);
  });

  it('leaves probes and scrapes out', async () => {
    const { app } = appWithSlowRoute();
    for (const url of ['/healthz', '/readyz', '/metrics', '/healthz']) await app.inject({ method: 'GET', url });
    expect(await inFlight(app), `probes and scrapes are not API traffic: ${METRIC} should stay 0 (is the scrape counting itself?)`).toBe(0);
  });

  it('stops counting a request whose client hung up', async () => {
    const { app, waiting, release } = appWithSlowRoute();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    // A connection of its own, closed when the client hangs up.
    const client = httpRequest({ host: '127.0.0.1', port, path: '/exercise/slow', agent: false }).on('error', () => {});
    client.end();
    await until('the request reaches the route', () => waiting.length === 1);
    expect(await inFlight(app), `with one request waiting, ${METRIC} should be 1`).toBe(1);
    client.destroy();
    await until(
      `${METRIC} is 0 after the client hung up (Fastify calls onRequestAbort then, not onResponse)`,
      async () => (await inFlight(app)) === 0,
    );
    release();
    await sleep(50);
    expect(await inFlight(app), `count each request down once: after its handler finished too, ${METRIC} should still be 0`).toBe(0);
  });
});

describe('the autoscaler', () => {
  it(`scales on ${METRIC} per pod as well as on CPU`, async () => {
    const hpa = await readObject('k8s/hpa.yaml', 'HorizontalPodAutoscaler');
    const metrics: Doc[] = hpa.spec.metrics ?? [];
    expect(
      metrics.some((m) => m.type === 'Resource' && m.resource?.name === 'cpu'),
      'keep the cpu metric: the autoscaler takes the largest replica count any metric asks for',
    ).toBe(true);
    const pods = metrics.find((m) => m.type === 'Pods');
    expect(pods?.pods?.metric?.name, `add a metric of type Pods named ${METRIC}`).toBe(METRIC);
    expect(pods.pods.target?.type, 'a Pods metric targets an AverageValue (requests in flight per pod)').toBe('AverageValue');
    expect(Number(pods.pods.target.averageValue), 'averageValue should be a positive number of requests, e.g. "10"').toBeGreaterThan(0);
  });

  it('scales in slowly, and keeps two pods for the disruption budget', async () => {
    const hpa = await readObject('k8s/hpa.yaml', 'HorizontalPodAutoscaler');
    const scaleDown = hpa.spec.behavior?.scaleDown;
    expect(
      scaleDown?.stabilizationWindowSeconds ?? 0,
      'behavior.scaleDown.stabilizationWindowSeconds should be at least 300: in-flight counts swing fast, and removing pods at every dip makes them flap',
    ).toBeGreaterThanOrEqual(300);
    const policies: Doc[] = scaleDown?.policies ?? [];
    expect(
      policies.length > 0 &&
        policies.every((p) => p.periodSeconds >= 60 && ((p.type === 'Pods' && p.value <= 1) || (p.type === 'Percent' && p.value <= 50))),
      'behavior.scaleDown.policies should remove at most 1 pod (or 50%) per periodSeconds of 60 or more',
    ).toBe(true);
    expect(
      hpa.spec.minReplicas ?? 1,
      'minReplicas should stay at least 2, or the PodDisruptionBudget blocks every node drain',
    ).toBeGreaterThanOrEqual(2);
  });

  it(`gets ${METRIC} from Prometheus through prometheus-adapter`, () => {
    const values = readYaml(ADAPTER, `the Helm values of prometheus-adapter, with a rules.custom entry for ${METRIC}`);
    const rules: Doc[] = values?.rules?.custom ?? [];
    const rule = rules.find((r) => String(r.seriesQuery ?? '').includes(METRIC));
    expect(rule, `${ADAPTER} should have a rule under rules.custom whose seriesQuery selects ${METRIC}`).toBeDefined();
    const { metrics } = parsePromql(String(rule.seriesQuery), `${ADAPTER}: seriesQuery`);
    expect(metrics, `seriesQuery should select the series ${METRIC}{namespace!="", pod!=""}`).toContain(METRIC);
    expect(String(rule.seriesQuery), 'seriesQuery should keep only series with namespace and pod labels: {namespace!="", pod!=""}').toMatch(
      /namespace\s*!=\s*""[\s\S]*pod\s*!=\s*""|pod\s*!=\s*""[\s\S]*namespace\s*!=\s*""/,
    );
    expect(
      rule.resources?.overrides,
      'map the labels to Kubernetes objects: resources.overrides namespace → namespace, pod → pod',
    ).toMatchObject({
      namespace: { resource: 'namespace' },
      pod: { resource: 'pod' },
    });
    expect(rule.name?.as ?? rule.name?.matches, `the rule should expose the metric under the name the HPA uses, ${METRIC} (name.as)`).toBe(
      METRIC,
    );
    expect(String(rule.metricsQuery ?? ''), 'metricsQuery should be like sum(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)').toMatch(
      /<<\s*\.Series\s*>>[\s\S]*<<\s*\.LabelMatchers\s*>>[\s\S]*<<\s*\.GroupBy\s*>>/,
    );
  });
});
