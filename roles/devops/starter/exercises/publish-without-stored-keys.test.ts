// Check of the exercise "Publish releases without stored cloud keys" (README). It reads infra/ with Terraform's
// HCL parser and the workflow with the GitHub Actions schema; nothing talks to AWS or GitHub.
import { describe, expect, it } from 'vitest';
import { type Doc, expectSchemaValid, readTerraform, readYaml } from './helpers.js';

const WORKFLOW = '.github/workflows/ci.yml';
const ISSUER = 'token.actions.githubusercontent.com';
const MAIN_ONLY = 'repo:${var.github_repository}:ref:refs/heads/main';

/** `${data.aws_iam_policy_document.NAME.json}` → the statements of that data source. */
function policyStatements(terraform: Doc, reference: unknown, where: string): Doc[] {
  const name = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(String(reference))?.[1];
  expect(name, `${where} should be data.aws_iam_policy_document.<name>.json (got ${JSON.stringify(reference)})`).toBeDefined();
  const [document] = terraform.data.aws_iam_policy_document?.[name as string] ?? [];
  expect(document, `data "aws_iam_policy_document" "${name}" is not declared`).toBeDefined();
  return document.statement ?? [];
}

function isWebIdentityTrust(terraform: Doc, role: Doc): boolean {
  const reference = String(role.assume_role_policy);
  const name = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(reference)?.[1];
  const statements = name ? (terraform.data.aws_iam_policy_document?.[name]?.[0]?.statement ?? []) : [];
  return (
    statements.some((s: Doc) => (s.actions ?? []).includes('sts:AssumeRoleWithWebIdentity')) ||
    reference.includes('AssumeRoleWithWebIdentity')
  );
}

/** The role the workflow assumes: the aws_iam_role whose trust policy allows sts:AssumeRoleWithWebIdentity. */
async function publisherRole() {
  const terraform = await readTerraform();
  const roles = Object.entries(terraform.resource.aws_iam_role ?? {}).map(([name, [role]]: Doc) => ({ name, role }));
  const found = roles.find(({ role }) => isWebIdentityTrust(terraform, role));
  expect(found, 'infra/ should declare an aws_iam_role whose assume_role_policy allows sts:AssumeRoleWithWebIdentity').toBeDefined();
  return { terraform, ...(found as { name: string; role: Doc }) };
}

function workflow(): Doc {
  const document = readYaml(WORKFLOW);
  expectSchemaValid('GitHub Actions workflow', document, WORKFLOW);
  return document;
}

const usesAction = (step: Doc, action: string) => typeof step.uses === 'string' && step.uses.split('@')[0] === action;

describe('AWS trusts GitHub Actions', () => {
  it('declares GitHub as an OpenID Connect provider', async () => {
    const providers = Object.values((await readTerraform()).resource.aws_iam_openid_connect_provider ?? {}).flat() as Doc[];
    expect(providers.length, 'infra/ should declare an aws_iam_openid_connect_provider for GitHub Actions').toBeGreaterThan(0);
    const [provider] = providers;
    expect(provider.url, `the provider's url should be "https://${ISSUER}"`).toBe(`https://${ISSUER}`);
    expect(provider.client_id_list, 'client_id_list should be ["sts.amazonaws.com"], the audience the AWS action asks for').toEqual([
      'sts.amazonaws.com',
    ]);
  });

  it('lets only the main branch of this repository assume the role', async () => {
    const { terraform, name, role } = await publisherRole();
    const statements = policyStatements(terraform, role.assume_role_policy, `aws_iam_role.${name}'s assume_role_policy`);
    const trust = statements.find((s: Doc) => (s.actions ?? []).includes('sts:AssumeRoleWithWebIdentity'));
    const providerNames = Object.keys(terraform.resource.aws_iam_openid_connect_provider ?? {});
    const principals = (trust.principals ?? []).filter((p: Doc) => p.type === 'Federated').flatMap((p: Doc) => p.identifiers ?? []);
    expect(
      principals.some((p: string) => providerNames.some((n) => p === `\${aws_iam_openid_connect_provider.${n}.arn}`)),
      'the trust statement needs principals { type = "Federated", identifiers = [aws_iam_openid_connect_provider.<name>.arn] }',
    ).toBe(true);

    const conditions: Doc[] = trust.condition ?? [];
    const on = (claim: string) => conditions.filter((c) => c.variable === `${ISSUER}:${claim}`);
    expect(
      on('aud').some((c) => c.test === 'StringEquals' && JSON.stringify(c.values) === '["sts.amazonaws.com"]'),
      `the trust statement needs a condition StringEquals on "${ISSUER}:aud" with values ["sts.amazonaws.com"]`,
    ).toBe(true);
    const sub = on('sub');
    expect(
      sub.length,
      `the trust statement needs a condition on "${ISSUER}:sub": without it, any repository on GitHub could assume the role`,
    ).toBeGreaterThan(0);
    const allowed = sub.flatMap((c) => c.values ?? []);
    expect(
      allowed,
      `the "sub" condition should allow exactly "${MAIN_ONLY}" (this repository, branch main); it allows ${JSON.stringify(allowed)}`,
    ).toEqual([MAIN_ONLY]);
    expect(sub.every((c) => c.test === 'StringEquals' || c.test === 'StringLike')).toBe(true);

    const [repository] = terraform.variable.github_repository ?? [];
    expect(repository, 'declare variable "github_repository" (owner/name), used in the "sub" condition').toBeDefined();
    expect(repository.description && repository.type, 'variable "github_repository" needs a description and a type').toBeTruthy();
  });

  it('grants the role nothing but uploading release files to the artifacts bucket', async () => {
    const { terraform, name } = await publisherRole();
    const attached = (Object.values(terraform.resource.aws_iam_role_policy_attachment ?? {}).flat() as Doc[]).filter((a: Doc) =>
      String(a.role).startsWith(`\${aws_iam_role.${name}.`),
    );
    expect(attached.length, `attach no managed policy to aws_iam_role.${name}: they grant far more than one upload`).toBe(0);

    const policies = (Object.values(terraform.resource.aws_iam_role_policy ?? {}).flat() as Doc[]).filter((p: Doc) =>
      [`\${aws_iam_role.${name}.id}`, `\${aws_iam_role.${name}.name}`].includes(String(p.role)),
    );
    expect(policies.length, `give aws_iam_role.${name} one aws_iam_role_policy (role = aws_iam_role.${name}.id)`).toBe(1);
    const statements = policyStatements(terraform, policies[0].policy, "the aws_iam_role_policy's policy");
    expect(statements.length, 'the permissions policy should have one statement').toBe(1);
    const [statement] = statements;
    expect(statement.effect ?? 'Allow', 'the statement should Allow').toBe('Allow');
    expect(statement.actions, 'the statement should allow only ["s3:PutObject"]').toEqual(['s3:PutObject']);
    expect(statement.resources, 'the statement should cover only "${aws_s3_bucket.artifacts.arn}/releases/*"').toEqual([
      '${aws_s3_bucket.artifacts.arn}/releases/*',
    ]);
  });

  it('outputs the role ARN for the repository settings', async () => {
    const { terraform, name } = await publisherRole();
    const [output] = terraform.output.release_publisher_role_arn ?? [];
    expect(output?.value, `output "release_publisher_role_arn" should be aws_iam_role.${name}.arn`).toBe(`\${aws_iam_role.${name}.arn}`);
  });
});

describe('the workflow uses the role', () => {
  function publishJob() {
    const { jobs } = workflow();
    const found = Object.entries(jobs).find(([, job]: Doc) =>
      (job.steps ?? []).some((s: Doc) => usesAction(s, 'aws-actions/configure-aws-credentials')),
    );
    expect(found, `a job in ${WORKFLOW} should log in to AWS with aws-actions/configure-aws-credentials`).toBeDefined();
    const [id, job] = found as [string, Doc];
    return { jobs, id, job };
  }

  it('assumes the role through OpenID Connect, with no stored keys anywhere', async () => {
    const document = workflow();
    const text = JSON.stringify(document);
    const { id, job } = publishJob();
    const login = job.steps.find((s: Doc) => usesAction(s, 'aws-actions/configure-aws-credentials'));
    expect(
      login.with?.['role-to-assume'],
      `job ${id}: configure-aws-credentials needs role-to-assume (e.g. \${{ vars.RELEASE_PUBLISHER_ROLE_ARN }})`,
    ).toBeTruthy();
    expect(login.with?.['aws-region'], `job ${id}: configure-aws-credentials needs aws-region`).toBeTruthy();
    expect(text, 'no step may pass aws-access-key-id or aws-secret-access-key: the point is to store no keys').not.toMatch(
      /aws-(access-key-id|secret-access-key)/,
    );
    expect(text, 'the workflow should use no AWS secrets (secrets.AWS_…)').not.toMatch(/secrets\.AWS_/i);
    expect(job.permissions?.['id-token'], `job ${id} needs permissions: id-token: write to ask GitHub for an OIDC token`).toBe('write');
    const top = document.permissions;
    expect(
      top === 'write-all' || top?.['id-token'] === 'write',
      'grant id-token: write to the publishing job only, not to the whole workflow',
    ).toBe(false);
    expect(
      job.environment,
      `job ${id} should not run in an environment: the token's "sub" would then be repo:…:environment:<name>, which the role does not trust`,
    ).toBeUndefined();
  });

  it('runs only for pushes to main, after the image is built', async () => {
    const { jobs, id, job } = publishJob();
    expect(String(job.if ?? ''), `job ${id} should run only for pushes to main (an if: on github.ref == 'refs/heads/main')`).toContain(
      'refs/heads/main',
    );
    const needs = [job.needs ?? []].flat();
    const imageJob = Object.entries(jobs).find(([, j]: Doc) =>
      (j.steps ?? []).some((s: Doc) => usesAction(s, 'docker/build-push-action')),
    )?.[0];
    expect(needs, `job ${id} should need the image job (${imageJob}), whose image it publishes the manifests for`).toContain(imageJob);
  });

  it('uploads the manifests of this commit under releases/', async () => {
    const { id, job } = publishJob();
    // One line per command: continuation lines joined.
    const scripts = (job.steps ?? []).map((s: Doc) => String(s.run ?? '').replace(/\\\n\s*/g, ' ')).join('\n');
    expect(scripts, `job ${id} should render the manifests with kubectl kustomize k8s (or kustomize build k8s)`).toMatch(
      /kubectl kustomize k8s|kustomize build k8s/,
    );
    expect(JSON.stringify(job), `job ${id} should point the manifests at this run's image: needs.<image job>.outputs.image`).toMatch(
      /needs\.[\w-]+\.outputs\.image/,
    );
    expect(
      scripts,
      `job ${id} should upload them with aws s3 cp to s3://<bucket>/releases/<commit sha>/… (\${{ github.sha }} or $GITHUB_SHA)`,
    ).toMatch(/aws s3 (cp|sync) [^\n]*s3:\/\/[^\n]*\/releases\/[^\n]*(github\.sha|GITHUB_SHA)/);
  });
});
