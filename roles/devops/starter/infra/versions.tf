terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }

  # Keep state out of your laptop once more than one person (or CI) runs Terraform, e.g.:
  # backend "s3" {
  #   bucket       = "my-terraform-state"
  #   key          = "{{bp.projectName}}/terraform.tfstate"
  #   region       = "eu-west-1"
  #   use_lockfile = true
  # }
}
