// Check of the exercise "Harden the delivery pipeline" (README). It reads the workflow and the Dependabot
// configuration with their SchemaStore schemas, as GitHub would accept them; nothing runs on GitHub.
import { describe, expect, it } from 'vitest';
import { type Doc, expectSchemaValid, readYaml } from './helpers.js';

const WORKFLOW = '.github/workflows/ci.yml';
const DEPENDABOT = '.github/dependabot.yml';

function workflow(): Doc {
  const document = readYaml(WORKFLOW);
  expectSchemaValid('GitHub Actions workflow', document, WORKFLOW);
  return document;
}

const jobsOf = (document: Doc) => Object.entries(document.jobs ?? {}) as [string, Doc][];
const stepsOf = (job: Doc): Doc[] => job.steps ?? [];
const usesAction = (step: Doc, action: string) => typeof step.uses === 'string' && step.uses.split('@')[0] === action;
const runs = (step: Doc) => String(step.run ?? '');

describe('Dependabot', () => {
  it.each(['npm', 'github-actions', 'docker'])('keeps the %s dependencies up to date', (ecosystem) => {
    const config = readYaml(DEPENDABOT, 'version 2, with updates for npm, github-actions and docker');
    expectSchemaValid('Dependabot configuration', config, DEPENDABOT);
    const update = (config.updates ?? []).find((u: Doc) => u['package-ecosystem'] === ecosystem);
    expect(update, `${DEPENDABOT} should have an update with package-ecosystem: ${ecosystem}`).toBeDefined();
    const directories = [update.directory, ...(update.directories ?? [])].filter(Boolean);
    expect(directories, `the ${ecosystem} update should look in directory "/" (where its files are)`).toContain('/');
  });
});

describe('the pipeline', () => {
  it('fails the build on high or critical advisories in the dependencies', () => {
    const testJob = jobsOf(workflow()).find(([, job]) => stepsOf(job).some((s) => /\bnpm test\b/.test(runs(s))));
    expect(testJob, `${WORKFLOW} should still have the job that runs npm test`).toBeDefined();
    const [id, job] = testJob as [string, Doc];
    const steps = stepsOf(job);
    const install = steps.findIndex((s) => /\bnpm ci\b/.test(runs(s)));
    const audit = steps.findIndex((s) => /\bnpm audit\b/.test(runs(s)));
    expect(audit, `job ${id} should run npm audit`).toBeGreaterThanOrEqual(0);
    expect(audit, `job ${id} should run npm audit after npm ci`).toBeGreaterThan(install);
    expect(runs(steps[audit]), 'npm audit should fail on high and critical advisories: --audit-level=high (or critical)').toMatch(
      /--audit-level[= ](high|critical)\b/,
    );
    expect(steps[audit]['continue-on-error'], 'the audit must be able to fail the build: no continue-on-error').not.toBe(true);
  });

  it('writes an SBOM of the image and keeps it with the run', () => {
    const imageJob = jobsOf(workflow()).find(([, job]) => stepsOf(job).some((s) => usesAction(s, 'docker/build-push-action')));
    expect(imageJob, `${WORKFLOW} should still have the job that builds the image`).toBeDefined();
    const [id, job] = imageJob as [string, Doc];
    const steps = stepsOf(job);
    const sbom = steps.findIndex((s) => usesAction(s, 'aquasecurity/trivy-action') && ['cyclonedx', 'spdx-json'].includes(s.with?.format));
    expect(
      sbom,
      `job ${id} should generate an SBOM with aquasecurity/trivy-action (format: cyclonedx, output: <file>)`,
    ).toBeGreaterThanOrEqual(0);
    const output = steps[sbom].with.output;
    expect(output, 'the SBOM step needs output: <file>').toBeTruthy();
    const upload = steps.findIndex((s, i) => i > sbom && usesAction(s, 'actions/upload-artifact') && String(s.with?.path).includes(output));
    expect(upload, `after writing ${output}, upload it with actions/upload-artifact (path: ${output})`).toBeGreaterThan(sbom);
  });

  it('gives each job only the permissions it needs', () => {
    const document = workflow();
    const top = document.permissions;
    const topWrites = top && typeof top === 'object' ? Object.entries(top).filter(([, v]) => v === 'write') : [];
    expect(
      typeof top === 'object' && top !== null && topWrites.length === 0,
      `the workflow's top-level permissions should grant nothing to write (contents: read, or {}); it has ${JSON.stringify(top)}`,
    ).toBe(true);
    for (const [id, job] of jobsOf(document)) {
      const permissions = job.permissions ?? {};
      expect(typeof permissions, `job ${id}: no read-all / write-all, list each permission`).toBe('object');
      const pushes = stepsOf(job).some(
        (s) => /docker push|push: true/.test(`${runs(s)} ${JSON.stringify(s.with ?? {})}`) || usesAction(s, 'docker/login-action'),
      );
      if (permissions.packages === 'write') expect(pushes, `job ${id} has packages: write but pushes no image`).toBe(true);
      const assumesRole = stepsOf(job).some((s) => usesAction(s, 'aws-actions/configure-aws-credentials'));
      if (permissions['id-token'] === 'write')
        expect(assumesRole, `job ${id} has id-token: write but logs in nowhere with OIDC`).toBe(true);
    }
  });

  it('leaves no Git credentials behind in the checked-out repository', () => {
    for (const [id, job] of jobsOf(workflow())) {
      for (const step of stepsOf(job).filter((s) => usesAction(s, 'actions/checkout'))) {
        expect(
          step.with?.['persist-credentials'],
          `job ${id}: actions/checkout leaves the job's token in .git/config for every later step; set with: persist-credentials: false`,
        ).toBe(false);
      }
    }
  });
});
