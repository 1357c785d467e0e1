// microservices: gateway + orders/inventory/payments over NATS. Validates docker-compose.yml against the Compose
// Specification schema and the Dockerfile with dockerfile-utils, installs the project and runs its Vitest suite
// with NATS_URL pointing at a real nats-server (so the broker contract tests run against NATS as well as the
// in-memory broker), then builds it and runs the system as compose would, one process per service on a real NATS
// server: an order that is confirmed, one whose payment is declined (stock released by the saga's compensation),
// one placed while payments is down, and the gateway's circuit breaker opening once orders is down. Then proves the
// exercise checks (each fails fresh and passes with its reference solution), runs the starter's own tests with every
// solution applied (on real NATS too), and validates the solutions' Compose file and Kubernetes manifests against
// their schemas.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { proveExercises } from '../exercises.mjs';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  freePort,
  listFiles,
  run,
  runVitest,
  startProcess,
  stopCleanly,
  stopProcess,
  waitFor,
} from '../lib.mjs';
import { readYaml, readYamlDocuments, validateCompose, validateKubernetes } from '../schemas/validate.mjs';

export const debianPackages = ['nats-server'];

const SERVICES = ['gateway', 'orders', 'inventory', 'payments'];

/** @param {string} message @returns {never} */
function fail(message) {
  throw new Error(`microservices: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  const required = [
    'README.md',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'Dockerfile',
    'docker-compose.yml',
    '.dockerignore',
    'src/dev.ts',
    'vitest.config.ts',
    'exercises/vitest.config.ts',
    '.backend-paths/exercises.json',
  ];
  for (const service of SERVICES) required.push(`src/${service}/main.ts`, `src/${service}/service.ts`);
  checkRequiredFiles(files, required, { fail });
  checkNotShipped(files, ['package-lock.json', 'dist', 'node_modules', '.backend-paths/results', 'k8s', 'kong'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  checkPackageJson(projectDir, { scripts: ['dev', 'build', 'test', ...SERVICES.map((s) => `start:${s}`)], fail });
  checkExercises(projectDir, 'ms', { fail });
}

/** The reference solutions' Compose file (with Kong) and Kubernetes manifests, against their schemas (Istio's
 * resources have none here: the mesh-orders check asserts their structure). */
async function validateSolvedConfig(projectDir) {
  validateCompose(readYaml(path.join(projectDir, 'docker-compose.yml')));
  const k8s = path.join(projectDir, 'k8s');
  let objects = 0;
  for (const file of fs.readdirSync(k8s).filter((f) => f.endsWith('.yaml'))) {
    for (const object of readYamlDocuments(path.join(k8s, file))) {
      if (String(object.apiVersion).includes('istio.io/')) continue;
      await validateKubernetes(object, `k8s/${file}: ${object.kind} ${object.metadata?.name}`);
      objects += 1;
    }
  }
  if (objects < 10) fail(`only ${objects} Kubernetes objects in the reference solution's k8s/`);
  return objects;
}

/** Schema-valid, and wired the way the code expects: a NATS broker, the four services, consistent dependencies. */
function checkCompose(projectDir) {
  const compose = readYaml(path.join(projectDir, 'docker-compose.yml'));
  validateCompose(compose);
  const services = compose.services ?? {};
  if (compose.name !== path.basename(projectDir)) fail(`docker-compose.yml name is "${compose.name}"`);
  if (!/^nats:/.test(services.nats?.image ?? '')) fail('docker-compose.yml has no nats service running a nats image');
  for (const name of SERVICES) {
    const service = services[name];
    if (!service) fail(`docker-compose.yml has no ${name} service`);
    if (service.command?.join(' ') !== `node dist/${name}/main.js`) fail(`${name} runs ${JSON.stringify(service.command)}`);
    if (!service.healthcheck?.test) fail(`${name} has no healthcheck`);
    for (const dependency of Object.keys(service.depends_on ?? {})) {
      if (!services[dependency]) fail(`${name} depends on ${dependency}, which is not a service`);
    }
    if (name !== 'gateway' && service.environment?.NATS_URL !== 'nats://nats:4222')
      fail(`${name} does not point NATS_URL at the nats service`);
  }
  if (!services.gateway.ports?.some((p) => String(p).endsWith(':3000'))) fail('the gateway does not publish port 3000');
  return Object.keys(services).length;
}

function checkDockerfile(projectDir) {
  const text = fs.readFileSync(path.join(projectDir, 'Dockerfile'), 'utf8');
  const problems = validateDockerfile(text);
  if (problems.length > 0)
    fail(
      `Dockerfile: ${problems.map((p) => `line ${p.range.start.line + 1}: ${typeof p.message === 'string' ? p.message : p.message.value}`).join('; ')}`,
    );
  const stages = text.match(/^FROM\s/gim)?.length ?? 0;
  if (stages < 2) fail('the Dockerfile is not multi-stage');
  const users = [...text.matchAll(/^USER\s+(\S+)/gim)].map((m) => m[1]);
  if (users.length === 0 || ['root', '0'].includes(users.at(-1))) fail('the final image runs as root');
}

async function json(url, init) {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function runSystem(projectDir, env) {
  const natsPort = await freePort();
  const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await freePort()])));
  const nats = startProcess('nats-server', natsServerBinary(), ['-a', '127.0.0.1', '-p', String(natsPort)], { env });
  const base = { ...env, NATS_URL: `nats://127.0.0.1:${natsPort}`, LOG_LEVEL: 'warn' };
  const serviceEnv = {
    gateway: { ORDERS_URL: `http://127.0.0.1:${ports.orders}`, INVENTORY_URL: `http://127.0.0.1:${ports.inventory}` },
  };
  const processes = [nats];
  const services = {};
  try {
    await waitFor('nats-server', () => connects(natsPort), { processes, fail });
    for (const name of SERVICES) {
      services[name] = startProcess(name, process.execPath, [`dist/${name}/main.js`], {
        cwd: projectDir,
        env: { ...base, PORT: String(ports[name]), HOST: '127.0.0.1', ...serviceEnv[name] },
      });
      processes.push(services[name]);
    }
    for (const name of SERVICES) {
      await waitFor(`${name} /health`, async () => (await fetch(`http://127.0.0.1:${ports[name]}/health`)).ok, { processes, fail });
    }
    const gateway = `http://127.0.0.1:${ports.gateway}`;
    const stock = async (sku) => (await json(`${gateway}/api/products`)).body.find((p) => p.sku === sku)?.stock;
    const place = async (customerId, lines) => {
      const placed = await json(`${gateway}/api/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerId, lines }),
      });
      if (placed.status !== 202) fail(`POST /api/orders answered ${placed.status} ${JSON.stringify(placed.body)}`);
      const location = placed.headers.get('location');
      if (location !== `/api/orders/${placed.body.id}`) fail(`POST /api/orders answered Location ${location}`);
      return waitFor(
        `order ${placed.body.id} to settle`,
        async () => {
          const { body } = await json(`${gateway}${location}`);
          return body.status !== 'pending' && body;
        },
        { processes, fail },
      );
    };

    const keyboards = await stock('KB-01');
    const confirmed = await place('alice', [{ sku: 'KB-01', quantity: 2 }]);
    if (confirmed.status !== 'confirmed' || confirmed.amount !== 17_800) fail(`alice's order ended ${JSON.stringify(confirmed)}`);
    if ((await stock('KB-01')) !== keyboards - 2) fail('a confirmed order did not take the stock');

    const monitors = await stock('MN-27');
    const declined = await place('bob', [{ sku: 'MN-27', quantity: 1 }]);
    if (declined.status !== 'rejected' || !declined.history.includes('stock released'))
      fail(`bob's order ended ${JSON.stringify(declined)}`);
    if ((await stock('MN-27')) !== monitors) fail('a declined payment did not release the stock');

    await stopCleanly(services.payments, { fail });
    const unpaid = await place('alice', [{ sku: 'MS-01', quantity: 1 }]);
    if (unpaid.status !== 'rejected' || !/payments unavailable/.test(unpaid.reason))
      fail(`the order without payments ended ${JSON.stringify(unpaid)}`);

    await stopCleanly(services.orders, { fail });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${gateway}/api/orders/${confirmed.id}`)).status);
    if (statuses.join() !== '502,502,502,502,502,503')
      fail(`with orders down the gateway answered ${statuses.join()}, expected five 502s then 503 (circuit open)`);

    for (const name of ['gateway', 'inventory']) await stopCleanly(services[name], { fail });
  } finally {
    for (const proc of processes.reverse()) await stopProcess(proc);
  }
}

function natsServerBinary() {
  return ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find((p) => fs.existsSync(p)) ?? 'nats-server';
}

function connects(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function verify(projectDir) {
  const started = Date.now();
  checkLayout(projectDir);
  const composeServices = checkCompose(projectDir);
  checkDockerfile(projectDir);

  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });

  const natsPort = await freePort();
  const nats = startProcess('nats-server', natsServerBinary(), ['-a', '127.0.0.1', '-p', String(natsPort)], { env });
  let tests;
  try {
    await waitFor('nats-server', () => connects(natsPort), { processes: [nats], fail });
    // With NATS_URL set nothing may be skipped: the NatsBroker contract tests must have run.
    ({ tests } = runVitest(projectDir, { ...env, NATS_URL: `nats://127.0.0.1:${natsPort}` }, { fail }));
  } finally {
    await stopProcess(nats);
  }

  run('npm', ['run', 'build'], { cwd: projectDir, env });
  await runSystem(projectDir, env);
  const checked = Date.now();

  // With every solution applied the starter's own tests run on real NATS too: the trace-a-checkout solution
  // changes NatsBroker (message headers), which only the broker contract against a server exercises.
  const exerciseNatsPort = await freePort();
  const exerciseNats = startProcess('nats-server', natsServerBinary(), ['-a', '127.0.0.1', '-p', String(exerciseNatsPort)], { env });
  try {
    await waitFor('nats-server', () => connects(exerciseNatsPort), { processes: [exerciseNats], fail });
    await proveExercises(projectDir, 'microservices', {
      projectName: path.basename(projectDir),
      ownTests: ['npm', 'test'],
      env: { ...env, NATS_URL: `nats://127.0.0.1:${exerciseNatsPort}` },
    });
  } finally {
    await stopProcess(exerciseNats);
  }
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  const k8sObjects = await validateSolvedConfig(projectDir);

  const seconds = ((checked - started) / 1000).toFixed(1);
  const exercises = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `microservices: docker-compose.yml valid (Compose spec schema, ${composeServices} services), Dockerfile parses (multi-stage, non-root), ` +
      `npm install + ${tests} Vitest tests (broker contract on in-memory and real NATS), build, and the system as 4 processes on nats-server ` +
      `(confirmed order, declined payment compensated, payments down, circuit breaker opening, clean SIGTERM) passed in ${seconds}s; ` +
      `exercise checks proven, then tests (on real NATS) and build with every solution, Compose and ${k8sObjects} Kubernetes objects valid, in ${exercises}s`,
  );
}
