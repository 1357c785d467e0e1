// Check for the exercise "Record a real decision": ADR 0002, numbered in sequence, with the template's sections,
// real options and a decision that names one of them, listed in the decision log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  headings,
  items,
  pagesIn,
  readPage,
  requireDate,
  requireMeta,
  requireSection,
  requireTable,
  resolveLink,
  subsections,
  textOf,
} from './support/handbook.mjs';

const ADR_NAME = /^\d{4}-[a-z0-9]+(-[a-z0-9]+)*\.md$/;
const STATUS = /^(Proposed|Accepted|Rejected|Deprecated|Superseded by \d{4})$/;

function adrFiles() {
  return pagesIn('decisions', ADR_NAME);
}

function secondAdr() {
  const found = adrFiles().filter((rel) => rel.startsWith('decisions/0002-'));
  assert.ok(
    found.length === 1,
    found.length === 0
      ? 'write your decision in decisions/0002-<short-title>.md (lower-case words joined by dashes), starting from decisions/template.md'
      : `there should be one ADR numbered 0002; found ${found.join(', ')}`,
  );
  return readPage(found[0]);
}

/** "0002. Use PostgreSQL for orders" → "Use PostgreSQL for orders" */
function titleOf(page) {
  return /^\d{4}\.\s*(.*)$/.exec(page.title ?? '')?.[1] ?? '';
}

describe('ADR 0002', () => {
  it('exists, and every ADR is numbered in sequence from 0001', () => {
    secondAdr();
    const numbers = adrFiles().map((rel) => Number(rel.slice('decisions/'.length, 'decisions/'.length + 4)));
    numbers.forEach((n, i) =>
      assert.ok(n === i + 1, `ADRs are numbered 0001, 0002, … without gaps or repeats; found ${adrFiles().join(', ')}`),
    );
  });

  it('has the number and the decision in its title', () => {
    const page = secondAdr();
    assert.match(page.title ?? '', /^0002\. \S/, `${page.rel} should start with "# 0002. <the decision>"; got "# ${page.title}"`);
    assert.ok(!/^title\b/i.test(titleOf(page)), `${page.rel}: replace "Title" in the heading with the decision itself`);
  });

  it('has a status, a date, deciders and the people consulted', () => {
    const page = secondAdr();
    const status = requireMeta(page, 'Status', 'Accepted');
    assert.match(
      status,
      STATUS,
      `${page.rel}: the status should be one of Proposed, Accepted, Rejected, Deprecated or "Superseded by NNNN"; got "${status}"`,
    );
    requireDate(requireMeta(page, 'Date', '2025-03-14'), `${page.rel}: the date`);
    requireMeta(page, 'Deciders', 'who was accountable for the decision');
    requireMeta(page, 'Consulted', 'whose input was asked for');
  });

  it('has the sections Context, Options considered, Decision and Consequences, in that order, each written', () => {
    const page = secondAdr();
    const h2 = headings(page, 2).map((h) => h.toLowerCase());
    const required = ['Context', 'Options considered', 'Decision', 'Consequences'];
    const positions = required.map((name) => h2.indexOf(name.toLowerCase()));
    required.forEach((name, i) => assert.ok(positions[i] !== -1, `${page.rel} needs a "## ${name}" section`));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `${page.rel}: the sections should come in the order ${required.join(', ')}`,
    );
    for (const name of required) assert.ok(textOf(requireSection(page, name)).length > 0, `${page.rel}: "## ${name}" is empty`);
  });

  it('weighs at least two options, each with a "Good, because" and a "Bad, because"', () => {
    const page = secondAdr();
    const options = subsections(requireSection(page, 'Options considered'));
    assert.ok(
      options.length >= 2,
      `${page.rel}: "## Options considered" should have at least two "### Option N: <name>" sections; found ${options.length}`,
    );
    for (const option of options) {
      assert.match(
        option.heading.text,
        /^Option \d+: \S/,
        `${page.rel}: name each option "### Option N: <name>"; got "### ${option.heading.text}"`,
      );
      const bullets = items(option).map((item) => item.text);
      for (const side of ['Good', 'Bad'])
        assert.ok(
          bullets.some((b) => b.startsWith(`${side}, because`)),
          `${page.rel}: "### ${option.heading.text}" needs at least one "- ${side}, because …" bullet`,
        );
    }
  });

  it('says which option was chosen', () => {
    const page = secondAdr();
    const names = subsections(requireSection(page, 'Options considered')).map((o) => o.heading.text.replace(/^Option \d+:\s*/, ''));
    const decision = textOf(requireSection(page, 'Decision')).toLowerCase();
    assert.ok(
      names.some((name) => name && decision.includes(name.toLowerCase())),
      `${page.rel}: "## Decision" should name the option it chose, as written in its heading (one of ${names.map((n) => `"${n}"`).join(', ')})`,
    );
  });

  it('lists at least two consequences', () => {
    const page = secondAdr();
    const consequences = items(requireSection(page, 'Consequences'));
    assert.ok(
      consequences.length >= 2,
      `${page.rel}: list at least two consequences (what gets easier, what gets harder, what would make you revisit it) as bullets; found ${consequences.length}`,
    );
  });

  it('has no template text left', () => {
    assertNoPlaceholders(secondAdr());
  });
});

describe('the decision log', () => {
  it('has one row per ADR, in order, agreeing with each ADR', () => {
    secondAdr();
    const log = readPage('decisions/README.md');
    const rows = requireTable(
      requireSection(log, 'Decision log'),
      ['Number', 'Title', 'Status', 'Date'],
      'decisions/README.md "## Decision log"',
    );
    const adrs = adrFiles().map((rel) => readPage(rel));
    assert.ok(rows.length === adrs.length, `the decision log should have one row per ADR (${adrs.length}); it has ${rows.length}`);
    adrs.forEach((adr, i) => {
      const row = rows[i];
      const where = `decisions/README.md, decision log row ${i + 1}`;
      const target = row.links.Number.map((href) => resolveLink('decisions/README.md', href).file);
      assert.ok(target.includes(adr.rel), `${where}: the number should link to ${adr.rel.slice('decisions/'.length)}`);
      assert.ok(
        row.cells.Number === adr.rel.slice(10, 14),
        `${where}: the number should be ${adr.rel.slice(10, 14)}; got "${row.cells.Number}"`,
      );
      assert.ok(
        row.cells.Title === titleOf(adr),
        `${where}: the title should be "${titleOf(adr)}", as in the ADR's heading; got "${row.cells.Title}"`,
      );
      const status = requireMeta(adr, 'Status', 'Accepted');
      assert.ok(row.cells.Status === status, `${where}: the status should be "${status}", as in ${adr.rel}; got "${row.cells.Status}"`);
      const date = requireMeta(adr, 'Date', '2025-03-14');
      assert.ok(row.cells.Date === date, `${where}: the date should be "${date}", as in ${adr.rel}; got "${row.cells.Date}"`);
    });
  });
});

describe('lint and links', () => {
  it('the new ADR and the decision log pass markdownlint', () => {
    assertLintClean([secondAdr().rel, 'decisions/README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    secondAdr();
    assertLinksResolve();
  });
});
