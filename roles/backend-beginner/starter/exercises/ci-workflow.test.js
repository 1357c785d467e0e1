// Check for the exercise "Work like a team": the GitHub Actions workflow in .github/workflows/, read as GitHub
// reads it (YAML) and checked rule by rule. It cannot check GitHub itself (branches, pull requests, the green
// tick): that part of the exercise is yours to do on GitHub.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const NODE_MAJORS = [20, 22, 24]; // the versions that package.json's "engines" promises, that are maintained

const runsTests = (command) => /\bnpm\s+(test|t|run\s+test)\b/.test(command);

/** The workflow that runs `npm test`, parsed; fails with what is missing. */
function ciWorkflow() {
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)) : [];
  assert.ok(files.length > 0, `create a workflow file in ${DIR}/, such as ${DIR}/ci.yml`);
  const workflows = files.map((file) => {
    const where = `${DIR}/${file}`;
    let doc;
    try {
      doc = parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
    } catch (error) {
      assert.fail(`${where} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return { where, doc: doc ?? {} };
  });
  const found = workflows.find(({ doc }) => Object.values(doc.jobs ?? {}).some((job) => steps(job).some((s) => runsTests(s.run ?? ''))));
  assert.ok(found, `no job in ${workflows.map((w) => w.where).join(', ')} has a step that runs \`npm test\``);
  const [jobName, job] = Object.entries(found.doc.jobs).find(([, j]) => steps(j).some((s) => runsTests(s.run ?? '')));
  return { ...found, jobName, job };
}

function steps(job) {
  return Array.isArray(job?.steps) ? job.steps.filter((s) => s && typeof s === 'object') : [];
}

const commands = (job) => steps(job).flatMap((s, i) => String(s.run ?? '').split('\n').map((line) => ({ step: i, line: line.trim() })).filter((c) => c.line));

describe('the CI workflow', () => {
  it('runs on every push to main and on every pull request', () => {
    const { where, doc } = ciWorkflow();
    const on = doc.on;
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
    for (const event of ['push', 'pull_request']) {
      assert.ok(events.includes(event), `${where} should run "on" ${event}; it runs on ${JSON.stringify(events)}`);
      const branches = on && typeof on === 'object' && !Array.isArray(on) ? on[event]?.branches : undefined;
      if (branches !== undefined) {
        const list = [branches].flat();
        assert.ok(list.some((b) => b === 'main' || b === '**' || b === '*'), `${where}: on.${event}.branches should include main; it is ${JSON.stringify(branches)}`);
      }
    }
  });

  it('may only read the repository (permissions: contents: read)', () => {
    const { where, doc, jobName, job } = ciWorkflow();
    const permissions = job.permissions ?? doc.permissions;
    const readOnly = permissions === 'read-all' || (permissions && typeof permissions === 'object' && permissions.contents === 'read' && !Object.values(permissions).includes('write'));
    assert.ok(readOnly, `${where}: give the workflow (or job "${jobName}") "permissions: contents: read", so a test run cannot change the repository; got ${JSON.stringify(permissions ?? null)}`);
  });

  it('checks out the code and sets up Node', () => {
    const { where, jobName, job } = ciWorkflow();
    const uses = steps(job).map((s) => String(s.uses ?? ''));
    assert.ok(uses.some((u) => u.startsWith('actions/checkout@')), `${where}: job "${jobName}" should start with a step that "uses: actions/checkout@v6" (the runner starts without your code)`);
    assert.ok(uses.some((u) => u.startsWith('actions/setup-node@')), `${where}: job "${jobName}" should have a step that "uses: actions/setup-node@v6" with a node-version`);
  });

  it(`tests on Node ${NODE_MAJORS.join(', ')} with a matrix`, () => {
    const { where, jobName, job } = ciWorkflow();
    const setup = steps(job).find((s) => String(s.uses ?? '').startsWith('actions/setup-node@'));
    const version = setup?.with?.['node-version'];
    assert.ok(version !== undefined, `${where}: the actions/setup-node step of job "${jobName}" should say "with: node-version: \${{ matrix.node-version }}"`);
    const matrixKey = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(version).trim())?.[1];
    const versions = matrixKey ? job.strategy?.matrix?.[matrixKey] : version;
    const majors = [versions].flat().map((v) => Number(/^v?(\d+)/.exec(String(v))?.[1]));
    const missing = NODE_MAJORS.filter((major) => !majors.includes(major));
    assert.ok(
      missing.length === 0,
      `${where}: job "${jobName}" should run once per Node version that package.json supports (${NODE_MAJORS.join(', ')}), ` +
        `with "strategy: matrix: node-version: [${NODE_MAJORS.join(', ')}]" and "node-version: \${{ matrix.node-version }}"; it misses ${missing.join(', ')}`,
    );
  });

  it('installs with npm ci, then runs npm test', () => {
    const { where, jobName, job } = ciWorkflow();
    const lines = commands(job);
    const install = lines.find((c) => /\bnpm\s+(install|i)\b/.test(c.line));
    assert.ok(!install, `${where}: use "npm ci" instead of "${install?.line}": it installs exactly what package-lock.json says, and fails when that file is out of date`);
    const ci = lines.find((c) => /\bnpm\s+ci\b/.test(c.line));
    const test = lines.find((c) => runsTests(c.line));
    assert.ok(ci, `${where}: job "${jobName}" should install the dependencies with a step that runs "npm ci"`);
    assert.ok(ci.step < test.step || (ci.step === test.step && lines.indexOf(ci) < lines.indexOf(test)), `${where}: "npm ci" should come before "npm test"`);
    assert.ok(fs.existsSync('package-lock.json'), 'npm ci needs package-lock.json: run npm install once and commit package-lock.json');
  });

  it('only runs npm scripts that package.json has', () => {
    const { where, job } = ciWorkflow();
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts ?? {};
    for (const { line } of commands(job)) {
      for (const [, name] of line.matchAll(/\bnpm\s+run(?:-script)?\s+([\w:.-]+)/g)) {
        assert.ok(Object.hasOwn(scripts, name), `${where} runs "npm run ${name}", but package.json has no "${name}" script`);
      }
    }
  });
});
