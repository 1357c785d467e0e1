// Reference solution of backend-beginner's "ci-workflow": a GitHub Actions workflow that tests every push to main
// and every pull request on the Node versions package.json supports, read-only, with npm ci.
export default () => [
  {
    file: '.github/workflows/ci.yml',
    content: `name: CI

on:
  push:
    branches: [main]
  pull_request:

# The tests only read the code; nothing in this workflow may push, tag or comment.
permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        node-version: [20, 22, 24]
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: \${{ matrix.node-version }}
          cache: npm
      - run: npm ci
      - run: npm test
`,
  },
];
