// engineering-manager: a Markdown engineering handbook. Lints every page with markdownlint-cli2 and the starter's
// own committed config, then checks every relative link and #anchor with an independent parser (markdown-it and
// GitHub's anchor rules), that the index README reaches every page, and that the learner's `npm install &&
// npm test` (the same lint plus the starter's own link checker) passes. Then proves the exercise checks (each fails
// on the fresh handbook and passes with its reference solution), and lints and link-checks again with every
// solution applied: the model answers must be pages the handbook would accept.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { proveExercises } from '../exercises.mjs';
import { checkExactVersions, checkExercises, checkNotShipped, checkNoTemplateVariables, listFiles, run } from '../lib.mjs';

export const debianPackages = [];

const here = path.dirname(fileURLToPath(import.meta.url));

const REQUIRED = {
  'README.md': 'the index',
  '.markdownlint-cli2.jsonc': 'the markdownlint config',
  'package.json': 'npm scripts for lint and link checks',
  'decisions/README.md': 'how ADRs work and the decision log',
  'decisions/template.md': 'the ADR template',
  'design-docs/template.md': 'the design doc / RFC template',
  'code-review.md': 'the code review guide',
  'on-call/runbook.md': 'the on-call runbook',
  'hiring/README.md': 'the hiring loop',
  'onboarding.md': 'the onboarding checklist',
  'team-health-check.md': 'the team health check',
  'exercises/support/handbook.mjs': 'what the exercise checks share',
  '.backend-paths/exercises.json': 'the exercise manifest',
};

// GitHub's heading anchors (github-slugger): lower case, drop punctuation, spaces become dashes, repeats get -1, -2...
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

function inlineText(token) {
  return (token.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('');
}

/** Lint, links and anchors, and the index reaching every page: the pages as they are now. Returns what it counted. */
function checkHandbook(projectDir, problems) {
  const files = listFiles(projectDir);
  const read = (rel) => fs.readFileSync(path.join(projectDir, rel), 'utf8');

  // 1. markdownlint-cli2 (this repo's copy) with the starter's own config, found from the project folder.
  const markdownlint = path.join(here, '..', 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  run(process.execPath, [markdownlint], { cwd: projectDir });

  // 2. Links and anchors, parsed with markdown-it.
  const md = new MarkdownIt();
  const mdFiles = files.filter((f) => f.endsWith('.md'));
  const pages = new Map(); // rel -> { anchors, links: [{ href, line }] }
  for (const rel of mdFiles) {
    const source = read(rel);
    const lines = source.split('\n');
    const tokens = md.parse(source, {});
    const slug = slugger();
    const anchors = new Set();
    const links = [];
    let block = [0, lines.length];
    tokens.forEach((token, i) => {
      if (token.map) block = token.map;
      if (token.type === 'heading_open') anchors.add(slug(inlineText(tokens[i + 1])));
      if (token.type !== 'inline') return;
      for (const child of token.children ?? []) {
        const href = child.type === 'link_open' ? child.attrGet('href') : child.type === 'image' ? child.attrGet('src') : null;
        if (href === null) continue;
        const offset = lines.slice(block[0], block[1]).findIndex((l) => l.includes(`(${href}`));
        links.push({ href, line: block[0] + Math.max(offset, 0) + 1 });
      }
    });
    pages.set(rel, { anchors, links });
  }
  let relativeLinks = 0;
  const linkedPages = new Map(mdFiles.map((rel) => [rel, new Set()]));
  for (const [rel, page] of pages) {
    for (const { href, line } of page.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      relativeLinks++;
      const where = `${rel}:${line}: ${href}`;
      const hash = href.indexOf('#');
      const filePart = decodeURIComponent(hash === -1 ? href : href.slice(0, hash));
      const fragment = hash === -1 ? undefined : decodeURIComponent(href.slice(hash + 1));
      let target = filePart ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), filePart)).replace(/\/$/, '') : rel;
      const full = path.join(projectDir, target);
      if (target.startsWith('..') || !fs.existsSync(full)) {
        problems.push(`${where} - ${target} does not exist`);
        continue;
      }
      if (fs.statSync(full).isDirectory()) target = path.posix.join(target, 'README.md');
      if (pages.has(target)) linkedPages.get(rel).add(target);
      if (fragment === undefined) continue;
      if (!pages.has(target)) problems.push(`${where} - #${fragment} points into ${target}, which is not a Markdown page`);
      else if (!pages.get(target).anchors.has(fragment)) problems.push(`${where} - ${target} has no heading with the anchor #${fragment}`);
    }
  }

  // 3. The index reaches every page.
  const reached = new Set(['README.md']);
  const queue = ['README.md'];
  while (queue.length > 0) {
    for (const next of linkedPages.get(queue.shift()) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const rel of mdFiles) if (!reached.has(rel)) problems.push(`${rel} cannot be reached by following links from README.md`);

  return { pages: mdFiles.length, relativeLinks };
}

export async function verify(projectDir) {
  const started = Date.now();
  const problems = [];
  const fail = (message) => problems.push(message);
  const files = listFiles(projectDir);

  for (const [rel, what] of Object.entries(REQUIRED)) if (!files.includes(rel)) fail(`missing ${rel} (${what})`);
  if (!files.some((f) => /^decisions\/0001-[a-z0-9-]+\.md$/.test(f))) fail('missing decisions/0001-*.md (a first ADR)');
  checkNotShipped(files, ['package-lock.json', '.backend-paths/results'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExactVersions(JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')), {
    fail: (m) => fail(`package.json: ${m}`),
  });
  // The README's exercises: 4-8, generated from exercises.yaml, each naming em- skills.
  checkExercises(projectDir, 'em', { fail });
  if (problems.length > 0) throw new Error(`engineering-manager:\n- ${problems.join('\n- ')}`);

  const { pages, relativeLinks } = checkHandbook(projectDir, problems);
  if (problems.length > 0) throw new Error(`engineering-manager:\n- ${problems.join('\n- ')}`);

  // 4. What the learner runs: npm install && npm test (markdownlint + the starter's own link checker).
  const env = { ...process.env, CI: 'true' };
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });
  const checked = Date.now();

  // 5. The exercises (their proof ends with the starter's own npm test), then this check's own lint and links.
  await proveExercises(projectDir, 'engineering-manager', { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });
  const solved = checkHandbook(projectDir, problems);
  if (problems.length > 0) throw new Error(`engineering-manager, with every reference solution applied:\n- ${problems.join('\n- ')}`);

  const seconds = ((checked - started) / 1000).toFixed(1);
  const exercises = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `engineering-manager: markdownlint-cli2 clean on ${pages} pages, ${relativeLinks} relative links and anchors resolve, README reaches every page; npm install && npm test passed in ${seconds}s; exercise checks proven, then ${solved.pages} pages with every solution lint-clean with ${solved.relativeLinks} links resolving, in ${exercises}s`,
  );
}
