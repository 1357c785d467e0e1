// Reference solution of devops/publish-without-stored-keys: GitHub's OIDC provider and a role that only the main
// branch of this repository can assume, allowed one thing (s3:PutObject under releases/), and a workflow job that
// assumes it to publish the rendered manifests of each commit.
const oidc = `# GitHub Actions signs a short-lived OIDC token for each job; AWS exchanges it for temporary credentials of the
# role below. No access keys exist, so none can leak. After apply, save the output release_publisher_role_arn as
# the repository variable RELEASE_PUBLISHER_ROLE_ARN and the bucket name as ARTIFACTS_BUCKET.

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "github_release_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    # Only workflow runs on main of this repository: not forks, pull requests or other branches.
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:\${var.github_repository}:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "release_publisher" {
  name                 = "\${var.project}-\${var.environment}-release-publisher"
  assume_role_policy   = data.aws_iam_policy_document.github_release_trust.json
  max_session_duration = 3600
}

data "aws_iam_policy_document" "publish_releases" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.artifacts.arn}/releases/*"]
  }
}

resource "aws_iam_role_policy" "publish_releases" {
  name   = "publish-releases"
  role   = aws_iam_role.release_publisher.id
  policy = data.aws_iam_policy_document.publish_releases.json
}
`;

const job = (projectName) => `
  publish-manifests:
    name: Publish the release manifests
    needs: [image, deploy]
    if: github.ref == 'refs/heads/main' && github.event_name == 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    # Not in an environment: the role trusts the token of "repo:<owner>/<name>:ref:refs/heads/main" only.
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v6
      - uses: aws-actions/configure-aws-credentials@v6
        with:
          role-to-assume: \${{ vars.RELEASE_PUBLISHER_ROLE_ARN }}
          aws-region: \${{ vars.AWS_REGION || 'eu-west-1' }}
      - name: Render and upload the manifests of this commit
        env:
          IMAGE: \${{ needs.image.outputs.image }}
          BUCKET: \${{ vars.ARTIFACTS_BUCKET }}
        run: |
          (cd k8s && kustomize edit set image ${projectName}="$IMAGE")
          kubectl kustomize k8s > manifests.yaml
          aws s3 cp manifests.yaml "s3://$BUCKET/releases/$GITHUB_SHA/manifests.yaml"
`;

export default ({ projectName }) => [
  { file: 'infra/github-oidc.tf', content: oidc },
  {
    file: 'infra/variables.tf',
    replace: `variable "region" {`,
    with: `variable "github_repository" {
  description = "The GitHub repository (owner/name) whose main branch may publish releases."
  type        = string
  default     = "your-github-user/${projectName}"
}

variable "region" {`,
  },
  {
    file: 'infra/outputs.tf',
    replace: `  value       = aws_s3_bucket.artifacts.arn
}
`,
    with: `  value       = aws_s3_bucket.artifacts.arn
}

output "release_publisher_role_arn" {
  description = "ARN of the role the workflow assumes to publish releases (repository variable RELEASE_PUBLISHER_ROLE_ARN)."
  value       = aws_iam_role.release_publisher.arn
}
`,
  },
  {
    file: '.github/workflows/ci.yml',
    replace: `        run: kubectl rollout status deployment/${projectName} --namespace ${projectName} --timeout=5m
`,
    with: `        run: kubectl rollout status deployment/${projectName} --namespace ${projectName} --timeout=5m
${job(projectName)}`,
  },
];
