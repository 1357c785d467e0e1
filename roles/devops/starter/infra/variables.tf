variable "project" {
  description = "Project name, used in resource names and tags."
  type        = string
  default     = "{{bp.projectName}}"
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "region" {
  description = "AWS region to create the resources in."
  type        = string
  default     = "eu-west-1"
}

variable "noncurrent_version_retention_days" {
  description = "Days to keep overwritten or deleted object versions before they expire."
  type        = number
  default     = 30
}
