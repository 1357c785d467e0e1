// Reference solution of devops/harden-pipeline: Dependabot for npm, actions and the base image, npm audit as a gate,
// an SBOM of the image kept with the run, and checkouts that keep no token in .git/config.
const dependabot = `# Weekly pull requests for outdated npm packages, GitHub Actions and the Dockerfile's base image.
version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
    groups:
      # One pull request for all dev tools instead of one per package.
      dev-dependencies:
        dependency-type: development
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: docker
    directory: /
    schedule:
      interval: weekly
`;

const checkout = `      - uses: actions/checkout@v6
        with:
          persist-credentials: false
`;

/** The checkout step followed by `next`, which tells the jobs apart. */
const hardenCheckout = (next) => ({
  file: '.github/workflows/ci.yml',
  replace: `      - uses: actions/checkout@v6\n${next}`,
  with: `${checkout}${next}`,
});

export default () => [
  { file: '.github/dependabot.yml', content: dependabot },
  hardenCheckout('      - uses: actions/setup-node@v6\n'),
  hardenCheckout('      - name: Kubernetes manifests against the API schemas\n'),
  hardenCheckout('      - name: Image name\n'),
  hardenCheckout('      - name: Cluster credentials\n'),
  hardenCheckout('      - uses: aws-actions/configure-aws-credentials@v6\n'),
  {
    file: '.github/workflows/ci.yml',
    replace: `      - run: npm ci
      - run: npm test
`,
    with: `      - run: npm ci
      - name: Fail on high or critical advisories
        run: npm audit --audit-level=high
      - run: npm test
`,
  },
  {
    file: '.github/workflows/ci.yml',
    replace: `          ignore-unfixed: true
          exit-code: "1"
`,
    with: `          ignore-unfixed: true
          exit-code: "1"
      - name: Software bill of materials
        uses: aquasecurity/trivy-action@v0.35.0
        with:
          image-ref: \${{ steps.name.outputs.image }}
          format: cyclonedx
          output: sbom.cdx.json
      - uses: actions/upload-artifact@v5
        with:
          name: sbom
          path: sbom.cdx.json
`,
  },
];
