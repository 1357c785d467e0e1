// Reference solution of devops/remote-terraform-state: a partial s3 backend with S3-native locking, and one backend
// configuration and one variables file per environment.
const backend = (projectName, environment) => `# terraform init -reconfigure -backend-config=environments/${environment}.s3.tfbackend
bucket = "${projectName}-terraform-state"
key    = "${projectName}/${environment}/terraform.tfstate"
region = "eu-west-1"
`;

export default ({ projectName }) => [
  {
    file: 'infra/versions.tf',
    replace: `  # Keep state out of your laptop once more than one person (or CI) runs Terraform, e.g.:
  # backend "s3" {
  #   bucket       = "my-terraform-state"
  #   key          = "${projectName}/terraform.tfstate"
  #   region       = "eu-west-1"
  #   use_lockfile = true
  # }
`,
    with: `  # State lives in S3, locked with a lock file next to it. Bucket, key and region differ per environment:
  # terraform init -backend-config=environments/<env>.s3.tfbackend
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }
`,
  },
  {
    file: 'infra/variables.tf',
    replace: `  type        = number
  default     = 30
}`,
    with: `  type        = number
  default     = 30

  validation {
    condition     = var.noncurrent_version_retention_days >= 1
    error_message = "noncurrent_version_retention_days must be at least 1."
  }
}`,
  },
  { file: 'infra/environments/staging.s3.tfbackend', content: backend(projectName, 'staging') },
  { file: 'infra/environments/prod.s3.tfbackend', content: backend(projectName, 'prod') },
  {
    file: 'infra/environments/staging.tfvars',
    content: `# terraform plan -var-file=environments/staging.tfvars
environment                       = "staging"
noncurrent_version_retention_days = 14
`,
  },
  {
    file: 'infra/environments/prod.tfvars',
    content: `# terraform plan -var-file=environments/prod.tfvars
environment                       = "prod"
noncurrent_version_retention_days = 90
`,
  },
];
