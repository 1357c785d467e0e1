// devops: a small Fastify service and everything around it. Validates, without Docker, a cluster or a cloud
// account: the Dockerfile (dockerfile-utils diagnostics, stages with dockerfile-ast), the GitHub Actions workflow
// (SchemaStore schema, plus job/step references), docker-compose.yml (Compose spec schema), the Kubernetes
// manifests (Kubernetes schemas via kubernetes-models, kustomization schema, and the wiring between objects),
// the Terraform files (HCL parse, `terraform fmt` layout via hclwrite, declared variables and references) and
// the Prometheus config and rules (SchemaStore schemas, then promtool check config / check rules / test rules).
// Then installs the app, runs its tests, builds it and runs it with the ConfigMap's settings: the manifest's
// probe paths, the metrics the alert rules query, and readiness failing before a clean exit on SIGTERM. Then proves
// the exercise checks (each fails fresh and passes with its reference solution), and runs all of the above again on
// the project with every solution applied.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { format as formatHcl } from '@cdktf/hcl-tools';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { proveExercises } from '../exercises.mjs';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  exitWithin,
  freePort,
  listFiles,
  run,
  runVitest,
  sleep,
  startProcess,
  waitFor,
} from '../lib.mjs';
import {
  readYaml,
  readYamlDocuments,
  validateCompose,
  validateKubernetes,
  validateKustomization,
  validatePrometheusConfig,
  validatePrometheusRules,
  validateWorkflow,
} from '../schemas/validate.mjs';

export const debianPackages = ['prometheus'];

const K8S_FILES = ['namespace.yaml', 'configmap.yaml', 'deployment.yaml', 'service.yaml', 'hpa.yaml', 'pdb.yaml'];
const TF_FILES = ['versions.tf', 'variables.tf', 'main.tf', 'outputs.tf'];
/** The .tf files in infra/: the starter's, and those an exercise adds. */
const tfFiles = (projectDir) => [
  ...new Set([...TF_FILES, ...fs.readdirSync(path.join(projectDir, 'infra')).filter((f) => f.endsWith('.tf'))]),
];

/** @param {string} message @returns {never} */
function fail(message) {
  throw new Error(`devops: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  const required = [
    'README.md',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'Dockerfile',
    '.dockerignore',
    'docker-compose.yml',
    '.github/workflows/ci.yml',
    'vitest.config.ts',
    'src/server.ts',
    'src/app.ts',
    'exercises/vitest.config.ts',
    'exercises/helpers.ts',
    '.backend-paths/exercises.json',
    'k8s/kustomization.yaml',
    'monitoring/prometheus.yml',
    'monitoring/alerts.yml',
    'monitoring/alerts.test.yml',
    ...K8S_FILES.map((f) => `k8s/${f}`),
    ...TF_FILES.map((f) => `infra/${f}`),
  ];
  checkRequiredFiles(files, required, { fail });
  checkNotShipped(
    files,
    ['package-lock.json', 'dist', 'infra/.terraform', 'infra/.terraform.lock.hcl', 'infra/terraform.tfstate', '.backend-paths/results'],
    { fail },
  );
  checkNoTemplateVariables(projectDir, files, { fail });
  checkPackageJson(projectDir, { scripts: ['dev', 'build', 'start', 'test'], fail });
  checkExercises(projectDir, 'ops', { fail });
}

/** No parser diagnostics; multi-stage; the runtime stage copies from earlier stages, runs as non-root, starts the build. */
function checkDockerfile(projectDir) {
  const text = fs.readFileSync(path.join(projectDir, 'Dockerfile'), 'utf8');
  const problems = validateDockerfile(text);
  if (problems.length > 0)
    fail(
      `Dockerfile: ${problems.map((p) => `line ${p.range.start.line + 1}: ${typeof p.message === 'string' ? p.message : p.message.value}`).join('; ')}`,
    );

  const stages = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') stages.push({ from: instruction, name: instruction.getBuildStage(), instructions: [] });
    else if (stages.length > 0) stages.at(-1).instructions.push(instruction);
  }
  if (stages.length < 2) fail(`the Dockerfile has ${stages.length} stage(s), expected a multi-stage build`);
  for (const { from } of stages) {
    const tag = from.getImageTag();
    if (!tag || tag === 'latest') fail(`Dockerfile: FROM ${from.getImage()} has no fixed tag`);
  }
  const names = stages.map((s) => s.name).filter(Boolean);
  const final = stages.at(-1);
  const of = (keyword) => final.instructions.filter((i) => i.getKeyword() === keyword);
  const copiedFrom = of('COPY')
    .map((c) => c.getFromFlag()?.getValue())
    .filter(Boolean);
  if (copiedFrom.length === 0) fail('the final stage copies nothing from the build stages');
  for (const stage of copiedFrom) if (!names.slice(0, -1).includes(stage)) fail(`COPY --from=${stage} names no earlier stage`);
  const user = of('USER').at(-1)?.getArgumentsContent();
  if (!user || /^(root|0)(:|$)/.test(user)) fail(`the final stage runs as ${user ?? 'root (no USER)'}`);
  if (!of('EXPOSE').some((e) => e.getArgumentsContent() === '8080')) fail('the final stage does not EXPOSE 8080');
  if (!of('HEALTHCHECK').some((h) => h.getArgumentsContent().includes('/healthz'))) fail('no HEALTHCHECK on /healthz');
  if (!of('CMD').at(-1)?.getArgumentsContent().includes('dist/server.js')) fail('CMD does not start dist/server.js');
  return stages.length;
}

/** Schema-valid, plus what a schema cannot see: references between jobs and steps, and the pipeline's stages. */
function checkWorkflow(projectDir) {
  const file = path.join(projectDir, '.github/workflows/ci.yml');
  const workflow = readYaml(file);
  validateWorkflow(workflow, '.github/workflows/ci.yml');
  const text = fs.readFileSync(file, 'utf8');
  const jobs = workflow.jobs;
  if (!workflow.on?.push || !('pull_request' in workflow.on)) fail('the workflow does not run on push and pull_request');
  for (const [id, job] of Object.entries(jobs)) {
    for (const need of [job.needs ?? []].flat()) if (!jobs[need]) fail(`job ${id} needs unknown job ${need}`);
    const stepIds = new Set((job.steps ?? []).map((s) => s.id).filter(Boolean));
    const jobText = JSON.stringify(job);
    for (const [, step] of jobText.matchAll(/steps\.([\w-]+)\./g)) if (!stepIds.has(step)) fail(`job ${id} refers to unknown step ${step}`);
    for (const [, need, output] of jobText.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!jobs[need]?.outputs?.[output]) fail(`job ${id} uses needs.${need}.outputs.${output}, which ${need} does not define`);
    }
  }
  const runs = (job) => (job.steps ?? []).map((s) => `${s.uses ?? ''} ${s.run ?? ''}`).join('\n');
  const find = (what, predicate) =>
    Object.entries(jobs).find(([, job]) => predicate(runs(job), job))?.[0] ?? fail(`the workflow has no job that ${what}`);
  const test = find('runs npm ci and npm test', (steps) => /npm ci/.test(steps) && /npm test/.test(steps));
  const image = find(
    'builds the image and scans it with Trivy',
    (steps) => /docker\/build-push-action|docker build/.test(steps) && /trivy/i.test(steps),
  );
  const deploy = find('deploys to Kubernetes', (steps) => /kubectl (apply|rollout)/.test(steps));
  const upstream = (id) => {
    const seen = new Set();
    const visit = (job) => {
      for (const need of [jobs[job].needs ?? []].flat()) {
        if (!seen.has(need)) {
          seen.add(need);
          visit(need);
        }
      }
    };
    visit(id);
    return seen;
  };
  if (!upstream(deploy).has(image) || !upstream(image).has(test)) fail(`expected ${test} → ${image} → ${deploy} through needs`);
  if (!jobs[deploy].if || !jobs[deploy].environment) fail('the deploy job should run only on main, in an environment');
  if (/\$\{\{\s*secrets\.[\w-]+\s*\}\}/.test(runs(jobs[deploy])))
    fail('a secret is interpolated straight into a deploy script; pass it through env');
  if (!text.includes('k8s')) fail('the workflow never touches k8s/');
  return Object.keys(jobs).length;
}

function checkCompose(projectDir) {
  const compose = readYaml(path.join(projectDir, 'docker-compose.yml'));
  validateCompose(compose);
  const { app, prometheus } = compose.services ?? {};
  if (compose.name !== path.basename(projectDir)) fail(`docker-compose.yml name is "${compose.name}"`);
  const context = typeof app?.build === 'string' ? app.build : app?.build?.context;
  if (context !== '.') fail('the compose app service does not build the Dockerfile in the project');
  if (!app.ports?.some((p) => String(p).endsWith(':8080'))) fail('the compose app service does not publish 8080');
  if (!/^prom\/prometheus:v\d/.test(prometheus?.image ?? ''))
    fail('docker-compose.yml has no prometheus service with a pinned prom/prometheus image');
  if (!prometheus.volumes?.some((v) => String(v).startsWith('./monitoring:'))) fail('prometheus does not mount ./monitoring');
  for (const [name, service] of Object.entries(compose.services)) {
    for (const dependency of Object.keys(service.depends_on ?? {}))
      if (!compose.services[dependency]) fail(`${name} depends on unknown service ${dependency}`);
  }
  return compose;
}

async function checkKubernetes(projectDir) {
  const dir = path.join(projectDir, 'k8s');
  const kustomization = readYaml(path.join(dir, 'kustomization.yaml'));
  validateKustomization(kustomization, 'k8s/kustomization.yaml');
  const listed = [...(kustomization.resources ?? [])].sort();
  if (listed.join() !== [...K8S_FILES].sort().join())
    fail(`k8s/kustomization.yaml lists ${listed.join(', ')}, expected ${K8S_FILES.join(', ')}`);

  const objects = [];
  for (const file of K8S_FILES) {
    for (const object of readYamlDocuments(path.join(dir, file))) {
      await validateKubernetes(object, `k8s/${file}: ${object.kind} ${object.metadata?.name}`);
      objects.push(object);
    }
  }
  const one = (kind) => objects.filter((o) => o.kind === kind)[0] ?? fail(`k8s/ has no ${kind}`);
  const matches = (selector, labels) =>
    Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v) && Object.keys(selector ?? {}).length > 0;

  const deployment = one('Deployment');
  const pod = deployment.spec.template;
  if (!matches(deployment.spec.selector?.matchLabels, pod.metadata?.labels)) fail('the Deployment selector does not match its pod labels');
  if (pod.spec.securityContext?.runAsNonRoot !== true) fail('the pod does not require runAsNonRoot');
  const [container] = pod.spec.containers;
  const portNames = new Map((container.ports ?? []).map((p) => [p.name, p.containerPort]));
  const probes = {};
  for (const probe of ['livenessProbe', 'readinessProbe']) {
    const httpGet = container[probe]?.httpGet;
    if (!httpGet?.path) fail(`the container has no HTTP ${probe}`);
    if (typeof httpGet.port === 'string' && !portNames.has(httpGet.port)) fail(`${probe} uses unknown port ${httpGet.port}`);
    probes[probe] = httpGet.path;
  }
  for (const kind of ['requests', 'limits']) {
    for (const resource of ['cpu', 'memory'])
      if (!container.resources?.[kind]?.[resource]) fail(`the container has no ${resource} ${kind}`);
  }
  const configMap = one('ConfigMap');
  if (!container.envFrom?.some((e) => e.configMapRef?.name === configMap.metadata.name)) fail('the container does not load the ConfigMap');
  if (Number(configMap.data?.PORT) !== [...portNames.values()][0]) fail(`ConfigMap PORT ${configMap.data?.PORT} is not the container port`);
  if ((kustomization.images ?? []).every((i) => i.name !== container.image)) fail(`kustomization images do not set ${container.image}`);

  const service = one('Service');
  if (!matches(service.spec.selector, pod.metadata.labels)) fail('the Service selector matches no pod');
  for (const port of service.spec.ports) {
    if (typeof port.targetPort === 'string' ? !portNames.has(port.targetPort) : ![...portNames.values()].includes(port.targetPort)) {
      fail(`Service targetPort ${port.targetPort} is not a container port`);
    }
  }
  const hpa = one('HorizontalPodAutoscaler');
  if (hpa.spec.scaleTargetRef.kind !== 'Deployment' || hpa.spec.scaleTargetRef.name !== deployment.metadata.name)
    fail('the HPA does not scale the Deployment');
  if (!(hpa.spec.minReplicas <= hpa.spec.maxReplicas)) fail('HPA minReplicas > maxReplicas');
  if (!matches(one('PodDisruptionBudget').spec.selector?.matchLabels, pod.metadata.labels)) fail('the PodDisruptionBudget selects no pod');
  return { objects: objects.length, probes, env: configMap.data };
}

async function checkTerraform(projectDir) {
  const files = {};
  for (const file of tfFiles(projectDir)) {
    const text = fs.readFileSync(path.join(projectDir, 'infra', file), 'utf8');
    try {
      files[file] = await parseHcl(file, text);
    } catch (error) {
      fail(`infra/${file} is not valid HCL: ${error.message}`);
    }
    if ((await formatHcl(text)) !== text) fail(`infra/${file} is not formatted the way \`terraform fmt\` does`);
  }
  const all = Object.values(files);
  const terraform = all.flatMap((f) => f.terraform ?? []);
  const aws = terraform.flatMap((t) => t.required_providers ?? []).find((p) => p.aws)?.aws;
  if (aws?.source !== 'hashicorp/aws' || !aws.version) fail('infra/ does not pin the hashicorp/aws provider version');
  if (!terraform.some((t) => t.required_version)) fail('infra/ does not set required_version');

  const resources = Object.assign({}, ...all.map((f) => f.resource ?? {}));
  const variables = Object.assign({}, ...all.map((f) => f.variable ?? {}));
  const buckets = Object.keys(resources.aws_s3_bucket ?? {});
  if (buckets.length === 0) fail('infra/ creates no aws_s3_bucket');
  for (const companion of [
    'aws_s3_bucket_public_access_block',
    'aws_s3_bucket_versioning',
    'aws_s3_bucket_server_side_encryption_configuration',
  ]) {
    const blocks = Object.values(resources[companion] ?? {}).flat();
    if (!blocks.some((b) => buckets.some((name) => b.bucket === `\${aws_s3_bucket.${name}.id}`))) fail(`no ${companion} for the bucket`);
  }
  for (const [name, [declaration]] of Object.entries(variables)) {
    if (!declaration.description || !declaration.type) fail(`variable ${name} needs a description and a type`);
  }
  const source = tfFiles(projectDir)
    .map((f) => fs.readFileSync(path.join(projectDir, 'infra', f), 'utf8'))
    .join('\n');
  for (const [, name] of source.matchAll(/\bvar\.([\w-]+)/g)) if (!variables[name]) fail(`infra/ uses undeclared variable ${name}`);
  for (const [, type, name] of source.matchAll(/\b(aws_[\w]+)\.([\w-]+)\.(?:id|arn|bucket)\b/g)) {
    if (!resources[type]?.[name]) fail(`infra/ refers to ${type}.${name}, which it does not declare`);
  }
  return Object.values(resources).reduce((n, byName) => n + Object.keys(byName).length, 0);
}

/** Schemas, the wiring to compose and the app, then Prometheus' own tool on the config, the rules and their tests. */
function checkMonitoring(projectDir, compose) {
  const dir = path.join(projectDir, 'monitoring');
  const config = readYaml(path.join(dir, 'prometheus.yml'));
  validatePrometheusConfig(config);
  for (const ruleFile of config.rule_files ?? [])
    if (!fs.existsSync(path.join(dir, ruleFile))) fail(`prometheus.yml loads missing ${ruleFile}`);
  const job = config.scrape_configs?.find((c) => c.job_name === path.basename(projectDir));
  if (!job) fail('prometheus.yml has no scrape job named after the project');
  const appTarget = `app:${compose.services.app.ports.map((p) => String(p).split(':').at(-1))[0]}`;
  if (!job.static_configs?.some((c) => c.targets?.includes(appTarget)))
    fail(`the scrape job does not target the compose app (${appTarget})`);

  const rules = readYaml(path.join(dir, 'alerts.yml'));
  validatePrometheusRules(rules, 'monitoring/alerts.yml');
  const alerts = rules.groups.flatMap((g) => g.rules).filter((r) => r.alert);
  if (alerts.length === 0) fail('alerts.yml defines no alert');
  for (const alert of alerts) {
    if (!alert.for || !alert.labels?.severity || !alert.annotations?.summary)
      fail(`alert ${alert.alert} needs for, a severity label and a summary`);
  }
  const tested = new Set(
    readYaml(path.join(dir, 'alerts.test.yml'))
      .tests.flatMap((t) => t.alert_rule_test ?? [])
      .map((t) => t.alertname),
  );
  for (const alert of alerts) if (!tested.has(alert.alert)) fail(`alert ${alert.alert} has no test in alerts.test.yml`);

  const promtool = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((p) => fs.existsSync(p)) ?? 'promtool';
  run(promtool, ['check', 'config', 'prometheus.yml'], { cwd: dir });
  run(promtool, ['check', 'rules', 'alerts.yml'], { cwd: dir });
  run(promtool, ['test', 'rules', 'alerts.test.yml'], { cwd: dir });
  // The metric names the alerts query, so the running app can be checked for them.
  const metrics = new Set(alerts.flatMap((a) => [...a.expr.matchAll(/\b(http_[a-z_]+)\b/g)].map((m) => m[1])));
  return { alerts: alerts.length, metrics };
}

/** Runs the built app with the ConfigMap's settings and checks it the way Kubernetes and Prometheus would use it. */
async function runApp(projectDir, env, { probes, env: configMapEnv }, alertMetrics) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = startProcess('the app', process.execPath, ['dist/server.js'], {
    cwd: projectDir,
    env: { ...env, ...configMapEnv, PORT: String(port), HOST: '127.0.0.1', SHUTDOWN_DELAY_MS: '1000', APP_VERSION: 'starter-check' },
  });
  const { child } = app;
  const status = async (url) => (await fetch(`${base}${url}`)).status;
  try {
    await waitFor(`the readiness probe ${probes.readinessProbe} to answer 200`, async () => (await status(probes.readinessProbe)) === 200, {
      processes: [app],
      timeoutMs: 10_000,
      fail,
    });
    if ((await status(probes.livenessProbe)) !== 200) fail(`the liveness probe ${probes.livenessProbe} does not answer 200`);

    const greeting = await (await fetch(`${base}/api/greeting?name=check`)).json();
    if (greeting.message !== `${configMapEnv.GREETING}, check!`) fail(`GET /api/greeting answered ${JSON.stringify(greeting)}`);
    const info = await (await fetch(`${base}/api/info`)).json();
    if (info.version !== 'starter-check') fail(`GET /api/info answered ${JSON.stringify(info)}`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    if (!/http_requests_total\{[^}]*route="\/api\/greeting"[^}]*\} 1\b/.test(metrics)) fail('/metrics does not count the greeting request');
    for (const name of alertMetrics)
      if (!metrics.includes(`\n${name}{`)) fail(`the alert rules query ${name}, which /metrics does not expose`);

    child.kill('SIGTERM');
    await sleep(300);
    if ((await status(probes.readinessProbe)) !== 503) fail('readiness does not fail while the app drains after SIGTERM');
    if ((await status(probes.livenessProbe)) !== 200) fail('liveness fails while draining; Kubernetes would kill the pod early');
    const code = await exitWithin(app, 5000);
    if (code !== 0) fail(`the app did not exit cleanly after SIGTERM (${code}):\n${app.output()}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Everything that needs no installed dependencies: the Dockerfile, workflow, Compose, Kubernetes, Terraform, Prometheus. */
async function checkConfig(projectDir) {
  const stages = checkDockerfile(projectDir);
  const jobs = checkWorkflow(projectDir);
  const compose = checkCompose(projectDir);
  const kubernetes = await checkKubernetes(projectDir);
  const resources = await checkTerraform(projectDir);
  const monitoring = checkMonitoring(projectDir, compose);
  return { stages, jobs, kubernetes, resources, monitoring };
}

/** The app's own tests, its build, and the built app run with the ConfigMap's settings. */
async function checkApp(projectDir, env, { kubernetes, monitoring }) {
  const { tests } = runVitest(projectDir, env, { fail });
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  await runApp(projectDir, env, kubernetes, monitoring.metrics);
  return tests;
}

export async function verify(projectDir) {
  const started = Date.now();
  checkLayout(projectDir);
  const config = await checkConfig(projectDir);
  const { stages, jobs, kubernetes, resources, monitoring } = config;

  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  const tests = await checkApp(projectDir, env, config);
  const checked = Date.now();

  await proveExercises(projectDir, 'devops', { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });
  // The reference solutions are model answers: the project with all of them passes every check above too
  // (promtool runs the rule tests they add, the app runs with the ConfigMap they change).
  const solved = await checkConfig(projectDir);
  const solvedTests = await checkApp(projectDir, env, solved);

  const seconds = ((checked - started) / 1000).toFixed(1);
  const exercises = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `devops: Dockerfile (${stages} stages, non-root), workflow (schema, ${jobs} jobs wired test → image+Trivy → deploy), compose (schema), ` +
      `${kubernetes.objects} Kubernetes objects (schemas + wiring), Terraform (${resources} resources, HCL + fmt + references), ` +
      `Prometheus (schemas, promtool check + ${monitoring.alerts} tested alerts), npm install + ${tests} Vitest tests, build, and the app run ` +
      `with the ConfigMap (probes, metrics the alerts use, draining on SIGTERM) passed in ${seconds}s; exercise checks proven, then ` +
      `every check again with all solutions (${solved.resources} resources, ${solved.monitoring.alerts} tested alerts, ${solvedTests} tests) in ${exercises}s`,
  );
}
