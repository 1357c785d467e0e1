// Check of the exercise "Keep Terraform state remote, locked and per environment" (README). It reads infra/ with
// Terraform's HCL parser and formatter; nothing runs `terraform init`, so no AWS account is needed.
import { describe, expect, it } from 'vitest';
import { type Doc, expectTerraformFormatted, filesIn, readHcl, readTerraform, projectName } from './helpers.js';

const ENVIRONMENTS = ['staging', 'prod'] as const;
/** Settings that differ per environment, or are secret, and so belong in neither versions.tf nor Git. */
const NOT_IN_BACKEND_BLOCK = ['bucket', 'key', 'region', 'profile', 'access_key', 'secret_key', 'token', 'dynamodb_table'];
const CREDENTIALS = ['profile', 'access_key', 'secret_key', 'token', 'shared_credentials_files'];

async function backendBlock(): Promise<Doc> {
  const terraform = (await readHcl('infra/versions.tf')).terraform ?? [];
  const backends = terraform.flatMap((block: Doc) => Object.entries(block.backend ?? {}));
  expect(backends.length, 'infra/versions.tf should have a backend "s3" { … } block inside terraform { … }').toBeGreaterThan(0);
  const [type, [settings]] = backends[0];
  expect(type, `the backend should be "s3"; it is "${type}"`).toBe('s3');
  return settings;
}

describe('remote state', () => {
  it('keeps the state in an S3 backend with locking and encryption', async () => {
    const backend = await backendBlock();
    expect(backend.use_lockfile, 'the s3 backend should set use_lockfile = true (S3-native state locking)').toBe(true);
    expect(backend.encrypt, 'the s3 backend should set encrypt = true').toBe(true);
    const misplaced = NOT_IN_BACKEND_BLOCK.filter((setting) => setting in backend);
    expect(
      misplaced,
      `the backend block in versions.tf is shared by every environment: move ${misplaced.join(', ')} to the environments/<env>.s3.tfbackend files (dynamodb_table is deprecated: use_lockfile replaces it, and credentials never go in code)`,
    ).toEqual([]);
  });

  it.each(ENVIRONMENTS)('has a backend configuration for %s with a state key of its own', async (environment) => {
    const file = `infra/environments/${environment}.s3.tfbackend`;
    const config = await readHcl(file, `the backend settings for ${environment}: bucket, key and region`);
    for (const setting of ['bucket', 'region'])
      expect(typeof config[setting] === 'string' && config[setting] !== '', `${file} should set ${setting}`).toBe(true);
    expect(config.key, `${file} should set key = "${projectName}/${environment}/terraform.tfstate"`).toBe(
      `${projectName}/${environment}/terraform.tfstate`,
    );
    const credentials = CREDENTIALS.filter((setting) => setting in config);
    expect(credentials, `${file} is committed: no credentials in it (${credentials.join(', ')})`).toEqual([]);
  });
});

describe('one set of variables per environment', () => {
  it.each(ENVIRONMENTS)('has infra/environments/%s.tfvars setting only declared variables', async (environment) => {
    const file = `infra/environments/${environment}.tfvars`;
    const values = await readHcl(file, `the variable values for ${environment}`);
    const declared = Object.keys((await readTerraform()).variable);
    expect(values.environment, `${file} should set environment = "${environment}"`).toBe(environment);
    const unknown = Object.keys(values).filter((name) => !declared.includes(name));
    expect(
      unknown,
      `${file} sets ${unknown.join(', ')}, which infra/ does not declare as variables (declared: ${declared.join(', ')})`,
    ).toEqual([]);
  });

  it('keeps old object versions in production for at least 90 days', async () => {
    const values = await readHcl('infra/environments/prod.tfvars');
    const days = values.noncurrent_version_retention_days;
    expect(typeof days, 'infra/environments/prod.tfvars should set noncurrent_version_retention_days (a number)').toBe('number');
    expect(days, `production keeps overwritten versions for at least 90 days; prod.tfvars sets ${days}`).toBeGreaterThanOrEqual(90);
  });

  it('refuses a retention of less than one day', async () => {
    const [variable] = (await readTerraform()).variable.noncurrent_version_retention_days ?? [];
    const validations = [variable?.validation ?? []].flat();
    const validation = validations.find((v: Doc) => String(v.condition).includes('var.noncurrent_version_retention_days'));
    expect(
      validation,
      'variable "noncurrent_version_retention_days" should have a validation { condition = … } on var.noncurrent_version_retention_days',
    ).toBeDefined();
    expect(String(validation.condition), 'the validation should compare the days with 1 (at least one day)').toMatch(/>=\s*1\b|>\s*0\b/);
    expect(typeof validation.error_message, 'the validation needs an error_message').toBe('string');
  });
});

it('is formatted the way terraform fmt does it', async () => {
  const files = [...filesIn('infra', '.tf'), ...filesIn('infra/environments', '.tfvars', '.tfbackend')];
  for (const file of files) await expectTerraformFormatted(file);
});
