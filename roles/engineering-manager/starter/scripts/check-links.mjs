// Checks every relative link in the handbook: the file or folder must exist and a #fragment must name a heading
// of the target file (GitHub's anchor rules). External URLs are not fetched. Run with `npm run links`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function markdownFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

// Blanks out fenced code blocks (keeping line breaks), so examples are neither links nor headings.
const blank = (s) => s.replace(/[^\n]/g, ' ');
const withoutFences = (text) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank);
const withoutCode = (text) => withoutFences(text).replace(/`[^`\n]*`/g, blank);

// GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, "-1", "-2"... for repeats.
function anchorsOf(file) {
  const seen = new Map();
  const anchors = new Set();
  for (const line of withoutFences(fs.readFileSync(file, 'utf8')).split('\n')) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link shows its text
      .replace(/[*`]|(?<=^|\s)_+|_+(?=\s|$)/g, ''); // emphasis and code marks are not text
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const problems = [];
let checked = 0;
const files = markdownFiles(root);
for (const file of files) {
  const text = withoutCode(fs.readFileSync(file, 'utf8'));
  const targets = [
    ...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    ...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm),
  ];
  for (const match of targets) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: ...
    checked++;
    const line = text.slice(0, match.index).split('\n').length;
    const where = `${path.relative(root, file)}:${line}`;
    const [rawPath, fragment] = target.split('#');
    const resolved = rawPath ? path.resolve(path.dirname(file), decodeURIComponent(rawPath)) : file;
    if (!fs.existsSync(resolved)) {
      problems.push(`${where}: ${target} - ${path.relative(root, resolved)} does not exist`);
      continue;
    }
    if (fragment === undefined) continue;
    const page = fs.statSync(resolved).isDirectory() ? path.join(resolved, 'README.md') : resolved;
    if (!page.endsWith('.md') || !fs.existsSync(page)) {
      problems.push(`${where}: ${target} - #${fragment} points into something that is not Markdown`);
    } else if (!anchorsOf(page).has(decodeURIComponent(fragment).toLowerCase())) {
      problems.push(`${where}: ${target} - ${path.relative(root, page)} has no heading #${fragment}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Broken links:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${checked} relative links in ${files.length} Markdown files all resolve.`);
