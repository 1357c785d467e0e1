// Check of the exercise "Right-size the pod from a load test" (README). The measurements are the ones in the
// exercise; the check reads k8s/ with the Kubernetes schemas and starts Node with the ConfigMap's NODE_OPTIONS to see
// that the heap setting takes effect.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type Doc, readObject } from './helpers.js';

/** What the load test measured on one pod (see the exercise). */
const MEASURED = {
  cpuAt200: 140, // millicores at 200 req/s
  cpuAt300: 210, // millicores at 300 req/s, the planned load per pod
  peakWorkingSetMi: 118,
  peakHeapUsedMi: 45,
};
const MI = 1024 * 1024;

/** Kubernetes CPU quantity ("250m", "0.5", "1") in millicores. */
function millicores(quantity: unknown, what: string): number {
  const match = /^(\d+(?:\.\d+)?)(m?)$/.exec(String(quantity ?? ''));
  if (!match) expect.fail(`${what} should be a CPU quantity such as 250m; it is ${JSON.stringify(quantity)}`);
  return match[2] === 'm' ? Number(match[1]) : Number(match[1]) * 1000;
}

const MEMORY_UNITS: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, Ki: 1024, Mi: MI, Gi: 1024 * MI };

/** Kubernetes memory quantity ("256Mi", "0.25Gi", "268435456") in bytes. */
function bytes(quantity: unknown, what: string): number {
  const match = /^(\d+(?:\.\d+)?)(k|M|G|Ki|Mi|Gi)?$/.exec(String(quantity ?? ''));
  if (!match) expect.fail(`${what} should be a memory quantity such as 256Mi; it is ${JSON.stringify(quantity)}`);
  return Number(match[1]) * (MEMORY_UNITS[match[2] ?? ''] ?? 1);
}

async function container(): Promise<Doc> {
  const deployment = await readObject('k8s/deployment.yaml', 'Deployment');
  return deployment.spec.template.spec.containers[0];
}

describe('CPU', () => {
  it('requests what a pod uses at its planned load of 300 req/s', async () => {
    const request = millicores((await container()).resources?.requests?.cpu, 'resources.requests.cpu');
    expect(
      request,
      `the scheduler reserves the request: at 300 req/s a pod used ${MEASURED.cpuAt300}m, so request at least that (rounded up, at most 300m); it requests ${request}m`,
    ).toBeGreaterThanOrEqual(MEASURED.cpuAt300);
    expect(
      request,
      `a request of ${request}m reserves far more than the ${MEASURED.cpuAt300}m a pod used at 300 req/s`,
    ).toBeLessThanOrEqual(300);
  });

  it('leaves headroom for bursts above the request', async () => {
    const { resources } = await container();
    const request = millicores(resources?.requests?.cpu, 'resources.requests.cpu');
    const limit = millicores(resources?.limits?.cpu, 'resources.limits.cpu');
    expect(
      limit,
      `a CPU limit close to the request throttles every burst and every GC pause: make it at least twice the request (${2 * request}m)`,
    ).toBeGreaterThanOrEqual(2 * request);
  });
});

describe('memory', () => {
  it('requests exactly its limit, sized from the peak working set', async () => {
    const { resources } = await container();
    const request = bytes(resources?.requests?.memory, 'resources.requests.memory');
    const limit = bytes(resources?.limits?.memory, 'resources.limits.memory');
    expect(
      request,
      `memory cannot be throttled, only reclaimed by killing: set requests.memory equal to limits.memory (${resources?.requests?.memory} ≠ ${resources?.limits?.memory}), so the pod is never evicted for using what it was allowed`,
    ).toBe(limit);
    const low = 1.5 * MEASURED.peakWorkingSetMi;
    const high = 2.5 * MEASURED.peakWorkingSetMi;
    expect(
      limit / MI,
      `the peak working set was ${MEASURED.peakWorkingSetMi}Mi: give 1.5 to 2.5 times that (${Math.ceil(low)}Mi to ${Math.floor(high)}Mi); the limit is ${(limit / MI).toFixed(0)}Mi`,
    ).toBeGreaterThanOrEqual(low);
    expect(limit / MI, `a limit of ${(limit / MI).toFixed(0)}Mi is more than 2.5 times the peak working set`).toBeLessThanOrEqual(high);
  });

  it("caps Node's heap below the container's memory limit", async () => {
    const limitMi = bytes((await container()).resources?.limits?.memory, 'resources.limits.memory') / MI;
    const configMap = await readObject('k8s/configmap.yaml', 'ConfigMap');
    const nodeOptions = String(configMap.data?.NODE_OPTIONS ?? '');
    const heap = /--max-old-space-size=(\d+)/.exec(nodeOptions);
    expect(heap, 'k8s/configmap.yaml should set NODE_OPTIONS: "--max-old-space-size=<MiB>"').not.toBeNull();
    const heapMi = Number(heap?.[1]);
    expect(
      heapMi,
      `the old space should hold at least twice the ${MEASURED.peakHeapUsedMi}Mi heap the load test used`,
    ).toBeGreaterThanOrEqual(2 * MEASURED.peakHeapUsedMi);
    expect(
      heapMi,
      `leave a quarter of the ${limitMi}Mi limit for the young generation, code, buffers and Node itself: at most ${Math.floor(0.75 * limitMi)}`,
    ).toBeLessThanOrEqual(0.75 * limitMi);

    const env = { ...process.env, NODE_OPTIONS: nodeOptions };
    const node = spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], { env, encoding: 'utf8' });
    expect(node.status, `node did not start with NODE_OPTIONS="${nodeOptions}":\n${node.stderr}`).toBe(0);
    const limit = Number(node.stdout.trim()) / MI;
    expect(
      limit,
      `with NODE_OPTIONS="${nodeOptions}", V8's heap limit is ${limit.toFixed(0)}Mi: the setting did not take effect`,
    ).toBeGreaterThanOrEqual(heapMi);
    expect(
      limit,
      `with NODE_OPTIONS="${nodeOptions}", V8's heap limit is ${limit.toFixed(0)}Mi: the setting did not take effect`,
    ).toBeLessThan(heapMi + 128);
  });
});

describe('autoscaling', () => {
  it('adds pods before they pass 300 req/s, not long before', async () => {
    const request = millicores((await container()).resources?.requests?.cpu, 'resources.requests.cpu');
    const hpa = await readObject('k8s/hpa.yaml', 'HorizontalPodAutoscaler');
    const cpu = (hpa.spec.metrics ?? []).find((m: Doc) => m.type === 'Resource' && m.resource?.name === 'cpu');
    const utilization = cpu?.resource?.target?.averageUtilization;
    expect(utilization, 'k8s/hpa.yaml should keep its cpu metric with target averageUtilization').toBeTypeOf('number');
    const target = (utilization / 100) * request;
    expect(
      target,
      `the autoscaler aims at ${utilization}% of the ${request}m request = ${target.toFixed(0)}m per pod, which the load test reached at more than 300 req/s (${MEASURED.cpuAt300}m): lower averageUtilization`,
    ).toBeLessThanOrEqual(MEASURED.cpuAt300);
    expect(
      target,
      `the autoscaler aims at ${utilization}% of the ${request}m request = ${target.toFixed(0)}m per pod, below 200 req/s (${MEASURED.cpuAt200}m): it would run far more pods than it needs (raise averageUtilization, or the request if it is below what the load test measured)`,
    ).toBeGreaterThanOrEqual(MEASURED.cpuAt200);
  });
});
