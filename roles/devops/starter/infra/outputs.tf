output "bucket_name" {
  description = "Name of the artifacts bucket."
  value       = aws_s3_bucket.artifacts.bucket
}

output "bucket_arn" {
  description = "ARN of the artifacts bucket, for IAM policies."
  value       = aws_s3_bucket.artifacts.arn
}
