// Loaded with `node --require` before an exercise check starts: node --test writes the check's JUnit report
// into .backend-paths/results/, but does not create that folder itself.
require('node:fs').mkdirSync('.backend-paths/results', { recursive: true });
