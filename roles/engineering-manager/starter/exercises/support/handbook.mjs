// What the exercise checks share: the handbook's pages parsed with markdown-it into headings, paragraphs, lists and
// tables, the values the checks read from them (dates, numbers, durations), and the handbook's own lint and link
// checks. The checks only look at structure and numbers; what you write in the cells is up to you.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const markdown = new MarkdownIt();

// --- Files ----------------------------------------------------------------------------------------------------

export function exists(rel) {
  return fs.existsSync(path.join(root, rel));
}

/** The Markdown files directly in `dir` whose name matches `pattern`, as handbook-relative paths. */
export function pagesIn(dir, pattern = /\.md$/) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((name) => pattern.test(name) && fs.statSync(path.join(full, name)).isFile())
    .sort()
    .map((name) => path.posix.join(dir, name));
}

/** The page a relative link points to, from the page that holds it: `{ file, fragment }`. */
export function resolveLink(fromRel, href) {
  const [filePart, fragment] = href.split('#');
  const file = filePart ? path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), decodeURIComponent(filePart))) : fromRel;
  return { file, fragment: fragment === undefined ? undefined : decodeURIComponent(fragment) };
}

/** True when the page (or `section` of it) has a relative link to `targetRel`, with or without a #fragment. */
export function linksTo(page, targetRel, section = page) {
  const hrefs = section === page ? page.links : section.blocks.flatMap(linksOfBlock);
  return hrefs.some((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && resolveLink(page.rel, href).file === targetRel);
}

function linksOfBlock(block) {
  if (block.kind === 'list') return block.items.flatMap((item) => item.links);
  if (block.kind === 'table') return block.rows.flatMap((row) => row.links.flat());
  return block.links ?? [];
}

// --- Parsing --------------------------------------------------------------------------------------------------

function inlineText(token) {
  let text = '';
  const links = [];
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'link_open') links.push(child.attrGet('href'));
  }
  return { text: text.replace(/\s+/g, ' ').trim(), links };
}

/**
 * A page as a flat list of blocks, in order: `heading` { level, text }, `paragraph` { text }, `list` { ordered,
 * items: [{ text, links }] } (a nested list is a block of its own, after its parent), `table` { header, rows:
 * [{ cells, links }] }, `quote` { text } and `code` { info, content }. Every block has its 1-based `line`.
 */
export function parsePage(rel, source) {
  const tokens = markdown.parse(source, {});
  const blocks = [];
  const links = [];
  const open = []; // the containers we are in: lists, items, quotes, tables
  let line = 1;
  tokens.forEach((token, i) => {
    if (token.map) line = token.map[0] + 1;
    const top = open.at(-1);
    switch (token.type) {
      case 'heading_open': {
        const { text, links: found } = inlineText(tokens[i + 1]);
        links.push(...found);
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text, line });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list = { kind: 'list', ordered: token.type === 'ordered_list_open', items: [], line };
        blocks.push(list);
        open.push(list);
        break;
      }
      case 'list_item_open': {
        const item = { kind: 'item', text: '', links: [], line };
        open.findLast((c) => c.kind === 'list').items.push(item);
        open.push(item);
        break;
      }
      case 'blockquote_open': {
        const quote = { kind: 'quote', text: '', line };
        blocks.push(quote);
        open.push(quote);
        break;
      }
      case 'table_open': {
        const table = { kind: 'table', header: [], rows: [], inBody: false, line }; // inBody: past the header row
        blocks.push(table);
        open.push(table);
        break;
      }
      case 'tbody_open':
        top.inBody = true;
        break;
      case 'tr_open':
        if (top.inBody) top.rows.push({ cells: [], links: [], line });
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', info: token.info.trim(), content: token.content, line });
        break;
      case 'inline': {
        if (tokens[i - 1].type === 'heading_open') break;
        const { text, links: found } = inlineText(token);
        links.push(...found);
        if (top?.kind === 'table') {
          if (!top.inBody) top.header.push(text);
          else {
            top.rows.at(-1).cells.push(text);
            top.rows.at(-1).links.push(found);
          }
        } else if (top?.kind === 'item') {
          top.text = top.text ? `${top.text} ${text}` : text;
          top.links.push(...found);
        } else if (top?.kind === 'quote') top.text = top.text ? `${top.text} ${text}` : text;
        else blocks.push({ kind: 'paragraph', text, links: found, line });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'table_close':
        open.pop();
        break;
      default:
    }
  });
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text;
  return { rel, source, blocks, links, title };
}

/** The page at `rel` (handbook-relative), or an assertion failure that says what to write. */
export function readPage(rel, missing = `${rel} does not exist`) {
  assert.ok(exists(rel), missing);
  return parsePage(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
}

const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The section under the heading `text` (any level, case-insensitive): `{ heading, blocks }`, or undefined. */
export function section(pageOrSection, text) {
  const blocks = pageOrSection.blocks;
  const start = blocks.findIndex((b) => b.kind === 'heading' && same(b.text, text));
  if (start === -1) return undefined;
  const heading = blocks[start];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= heading.level);
  return { heading, blocks: blocks.slice(start + 1, end === -1 ? undefined : end) };
}

/** The section under `text`, or an assertion failure naming the page. */
export function requireSection(page, text, where = page.rel) {
  const found = section(page, text);
  assert.ok(found, `${where} needs a "${text}" heading`);
  return found;
}

/** GitHub's anchors for a page's headings, in order: lower case, punctuation dropped, spaces to dashes, -1, -2… */
export function anchors(page) {
  const seen = new Map();
  return page.blocks
    .filter((b) => b.kind === 'heading')
    .map((heading) => {
      const base = heading.text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return { anchor: count === 0 ? base : `${base}-${count}`, heading };
    });
}

/** The section whose heading has the anchor `fragment`, or undefined. */
export function sectionAt(page, fragment) {
  const found = anchors(page).find((a) => a.anchor === fragment.toLowerCase());
  if (!found) return undefined;
  const start = page.blocks.indexOf(found.heading);
  const end = page.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= found.heading.level);
  return { heading: found.heading, blocks: page.blocks.slice(start + 1, end === -1 ? undefined : end) };
}

/** The sub-sections one level below a section's heading, in order. */
export function subsections(sec) {
  const level = sec.heading ? sec.heading.level + 1 : 2;
  return sec.blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.kind === 'heading' && b.level === level)
    .map(({ i }) => section({ blocks: sec.blocks.slice(i) }, sec.blocks[i].text));
}

/** The headings of one level, in order. */
export function headings(page, level) {
  return page.blocks.filter((b) => b.kind === 'heading' && b.level === level).map((b) => b.text);
}

/** Every list item directly in a section (nested lists included), optionally only ordered or bullet ones. */
export function items(sec, { ordered } = {}) {
  return sec.blocks.filter((b) => b.kind === 'list' && (ordered === undefined || b.ordered === ordered)).flatMap((b) => b.items);
}

/** The text of a section: its paragraphs, list items, quotes and table cells. */
export function textOf(sec) {
  return sec.blocks
    .map((b) => {
      if (b.kind === 'list') return b.items.map((item) => item.text).join('\n');
      if (b.kind === 'table') return [b.header, ...b.rows.map((r) => r.cells)].map((cells) => cells.join(' | ')).join('\n');
      return b.kind === 'heading' ? b.text : (b.text ?? b.content ?? '');
    })
    .join('\n')
    .trim();
}

/**
 * The first table in a section whose header has every one of `columns` (case-insensitive), as records keyed by
 * those column names: `[{ line, cells: { Column: text }, links: { Column: [href] } }]`. Fails with what is missing.
 */
export function requireTable(sec, columns, where) {
  const tables = sec.blocks.filter((b) => b.kind === 'table');
  const table = tables.find((t) => columns.every((c) => t.header.some((h) => same(h, c))));
  assert.ok(
    table,
    `${where} needs a table with the columns ${columns.map((c) => `"${c}"`).join(', ')}` +
      (tables.length > 0 ? `; found one with ${tables.map((t) => t.header.map((h) => `"${h}"`).join(', ')).join(' and one with ')}` : ''),
  );
  return table.rows.map((row) => {
    const cells = {};
    const links = {};
    for (const c of columns) {
      const index = table.header.findIndex((h) => same(h, c));
      cells[c] = row.cells[index] ?? '';
      links[c] = row.links[index] ?? [];
    }
    return { line: row.line, cells, links };
  });
}

/** The `- **Key:** value` list right under a page's title, as a Map with lower-case keys. */
export function metadata(page) {
  const firstList = page.blocks.findIndex((b) => b.kind === 'list');
  const firstH2 = page.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const values = new Map();
  if (firstList === -1 || (firstH2 !== -1 && firstList > firstH2)) return values;
  for (const item of page.blocks[firstList].items) {
    const match = /^([^:]+):\s*(.*)$/.exec(item.text);
    if (match) values.set(match[1].trim().toLowerCase(), match[2].trim());
  }
  return values;
}

/** The value of `key` in a page's metadata list, or an assertion failure showing the line to write. */
export function requireMeta(page, key, example) {
  const value = metadata(page).get(key.toLowerCase());
  assert.ok(value, `${page.rel} needs a "- **${key}:** ${example}" line in the list under its title`);
  return value;
}

// --- Values ---------------------------------------------------------------------------------------------------

/** The template's placeholders still in a page ("Fill in", "YYYY-MM-DD", "NNNN", "..."), with their lines. */
export function placeholders(page) {
  const found = [];
  page.source.split('\n').forEach((text, i) => {
    for (const word of ['Fill in', 'YYYY-MM-DD', 'NNNN', '...']) if (text.includes(word)) found.push(`line ${i + 1}: "${word}"`);
  });
  return found;
}

export function assertNoPlaceholders(page) {
  const found = placeholders(page);
  assert.ok(found.length === 0, `${page.rel} still has text from the template, to replace with your own: ${found.join(', ')}`);
}

/** A real calendar date written YYYY-MM-DD, as a UTC Date; undefined otherwise. */
export function parseDate(text) {
  const match = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(text ?? '');
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[1]) ? date : undefined;
}

export function requireDate(text, what) {
  const date = parseDate(text);
  assert.ok(date, `${what} should be a real date written YYYY-MM-DD; got "${text}"`);
  return date;
}

/** The first number in a text ("52,000,000 requests" → 52000000, "99.9%" → 99.9); undefined when none. */
export function parseNumber(text) {
  const match = /-?\d[\d,]*(\.\d+)?/.exec(text ?? '');
  return match ? Number(match[0].replaceAll(',', '')) : undefined;
}

export function requireNumber(text, what) {
  const value = parseNumber(text);
  assert.ok(value !== undefined, `${what} should be a number; got "${text}"`);
  return value;
}

const UNIT_MINUTES = { m: 1, min: 1, mins: 1, minute: 1, minutes: 1, h: 60, hour: 60, hours: 60, d: 1440, day: 1440, days: 1440 };

/** A duration such as "5 minutes", "1 hour", "6h" or "3 days", in minutes; undefined otherwise. */
export function parseMinutes(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text ?? '');
  const unit = match && UNIT_MINUTES[match[2].toLowerCase()];
  return unit ? Number(match[1]) * unit : undefined;
}

/** a and b agree to within `tolerance` (relative) or `absolute`, whichever is looser: rounding is fine. */
export function close(a, b, { tolerance = 0.01, absolute = 0 } = {}) {
  return Math.abs(a - b) <= Math.max(Math.abs(b) * tolerance, absolute);
}

// --- The handbook's own checks ----------------------------------------------------------------------------------

function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** markdownlint-cli2 with the handbook's config, on the given pages only. */
export function assertLintClean(rels) {
  assert.ok(exists('node_modules/markdownlint-cli2'), 'run `npm install` first: the check lints your pages with markdownlint-cli2');
  const { ok, output } = runNode(['node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', '--no-globs', ...rels.map((r) => `:${r}`)]);
  assert.ok(ok, `markdownlint found problems (\`npm run lint:fix\` fixes some of them):\n${output}`);
}

/** The handbook's link checker (scripts/check-links.mjs): every relative link and #anchor resolves. */
export function assertLinksResolve() {
  const { ok, output } = runNode(['scripts/check-links.mjs']);
  assert.ok(ok, `some links in the handbook do not resolve:\n${output}`);
}
