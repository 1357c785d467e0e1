// Check for the exercise "Design a schema change": a design doc with the template's sections, a data model whose
// DDL can ship without downtime (PostgreSQL), an index for each query that needs one, an expand / migrate /
// contract rollout with a rollback for every step, and a row in the design doc index.
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
  requireNumber,
  requireSection,
  requireTable,
  resolveLink,
  section,
} from './support/handbook.mjs';

const SECTIONS = [
  'Summary',
  'Problem and context',
  'Goals and non-goals',
  'Proposed design',
  'Alternatives considered',
  'Reliability and operations',
  'Security and privacy',
  'Plan',
  'Open questions',
];
const STATUS = ['Draft', 'In review', 'Approved', 'Approved with changes', 'Not doing'];

function designDocs() {
  const docs = pagesIn('design-docs', /^(?!README\.md$|template\.md$)[a-z0-9]+(-[a-z0-9]+)*\.md$/).map((rel) => readPage(rel));
  assert.ok(
    docs.length > 0,
    'write your design doc in design-docs/<short-title>.md (lower-case words joined by dashes), starting from design-docs/template.md',
  );
  return docs;
}

function sqlOf(doc) {
  const model = section(doc, 'Data model');
  return (model?.blocks ?? []).filter((b) => b.kind === 'code' && /^(sql|postgresql|pgsql)$/i.test(b.info)).map((b) => b.content);
}

function schemaDocs() {
  const docs = designDocs().filter((doc) => sqlOf(doc).length > 0);
  assert.ok(docs.length > 0, 'the "### Data model" section of your design doc needs a ```sql block with the schema change (the DDL)');
  return docs;
}

/** The DDL's statements, without comments, on one line each. */
function statements(doc) {
  return sqlOf(doc)
    .join('\n')
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('the design doc', () => {
  it("exists, with a title and the template's metadata", () => {
    for (const doc of designDocs()) {
      assert.match(doc.title ?? '', /^Design: \S/, `${doc.rel} should start with "# Design: <title>"; got "# ${doc.title}"`);
      assert.ok(!/^Design: title$/i.test(doc.title), `${doc.rel}: replace "title" in the heading with the name of the change`);
      requireMeta(doc, 'Author', 'your name');
      requireMeta(doc, 'Reviewers', 'names, and the team or area each one represents');
      const status = requireMeta(doc, 'Status', 'In review');
      assert.ok(STATUS.includes(status), `${doc.rel}: the status should be one of ${STATUS.join(', ')}; got "${status}"`);
      requireDate(requireMeta(doc, 'Review deadline', '2025-04-04'), `${doc.rel}: the review deadline`);
      requireDate(requireMeta(doc, 'Last updated', '2025-03-21'), `${doc.rel}: "Last updated"`);
    }
  });

  it('has every section of the template, in order, each written', () => {
    for (const doc of designDocs()) {
      const h2 = headings(doc, 2).map((h) => h.toLowerCase());
      const positions = SECTIONS.map((name) => h2.indexOf(name.toLowerCase()));
      SECTIONS.forEach((name, i) => assert.ok(positions[i] !== -1, `${doc.rel} needs a "## ${name}" section`));
      assert.deepEqual(
        positions,
        [...positions].sort((a, b) => a - b),
        `${doc.rel}: the sections should come in the template's order, ${SECTIONS.join(', ')}`,
      );
      for (const name of SECTIONS) assert.ok(requireSection(doc, name).blocks.length > 0, `${doc.rel}: "## ${name}" is empty`);
    }
  });

  it('has no template text left', () => {
    for (const doc of designDocs()) {
      assertNoPlaceholders(doc);
      const examples = doc.blocks
        .filter((b) => b.kind === 'list')
        .flatMap((b) => b.items)
        .filter((item) => item.text.startsWith('Example:'));
      assert.ok(examples.length === 0, `${doc.rel}: replace the template's "Example:" bullets with your goals and non-goals`);
    }
  });

  it('is listed in the index of design-docs/README.md with its author and status', () => {
    const docs = designDocs();
    const rows = requireTable(
      requireSection(readPage('design-docs/README.md'), 'Index'),
      ['Doc', 'Author', 'Status'],
      'design-docs/README.md "## Index"',
    );
    assert.ok(
      !rows.some((row) => Object.values(row.cells).join(' ').includes('Fill in')),
      'design-docs/README.md: replace the "Fill in" row of the index with your design docs',
    );
    for (const doc of docs) {
      const row = rows.find((r) => r.links.Doc.some((href) => resolveLink('design-docs/README.md', href).file === doc.rel));
      assert.ok(row, `design-docs/README.md: the index needs a row whose Doc links to ${doc.rel.slice('design-docs/'.length)}`);
      for (const column of ['Author', 'Status']) {
        const value = requireMeta(doc, column, '…');
        assert.ok(
          row.cells[column] === value,
          `design-docs/README.md: the ${column} of ${doc.rel} in the index should be "${value}", as in the doc; got "${row.cells[column]}"`,
        );
      }
    }
  });
});

describe('the schema change', () => {
  it('gives every new table a primary key', () => {
    for (const doc of schemaDocs()) {
      for (const statement of statements(doc).filter((s) => /^CREATE TABLE/i.test(s)))
        assert.match(statement, /PRIMARY KEY/i, `${doc.rel}: every new table needs a primary key: ${statement.slice(0, 80)}…`);
    }
  });

  it('adds NOT NULL columns only with a default', () => {
    for (const doc of schemaDocs()) {
      for (const statement of statements(doc).filter((s) => /^ALTER TABLE/i.test(s))) {
        for (const clause of statement.split(/,(?![^(]*\))/).filter((c) => /\bADD\s+(COLUMN\s+)?(?!CONSTRAINT)/i.test(c))) {
          assert.ok(
            !/NOT NULL/i.test(clause) || /DEFAULT/i.test(clause),
            `${doc.rel}: "${clause.trim()}" fails on a table that has rows (and a default is what keeps old code working): add the column nullable or with a DEFAULT, backfill it, and add NOT NULL in the contract step`,
          );
        }
      }
    }
  });

  it('builds every index CONCURRENTLY, with a name', () => {
    for (const doc of schemaDocs()) {
      for (const statement of statements(doc).filter((s) => /^CREATE (UNIQUE )?INDEX/i.test(s))) {
        assert.match(
          statement,
          /^CREATE (UNIQUE )?INDEX CONCURRENTLY /i,
          `${doc.rel}: "${statement}" blocks every write to the table while it builds: use CREATE INDEX CONCURRENTLY`,
        );
        assert.match(
          statement,
          /INDEX CONCURRENTLY (IF NOT EXISTS )?\w+ ON /i,
          `${doc.rel}: give the index a name, so the queries table can refer to it: ${statement}`,
        );
      }
    }
  });

  it('lists the queries with their peak rate and the index that serves each, and every new index serves one', () => {
    for (const doc of schemaDocs()) {
      const rows = requireTable(requireSection(doc, 'Data model'), ['Query', 'Peak per second', 'Index'], `${doc.rel} "### Data model"`);
      assert.ok(rows.length > 0, `${doc.rel}: list the queries the change serves in the queries table`);
      for (const row of rows) {
        requireNumber(row.cells['Peak per second'], `${doc.rel}: "Peak per second" of the query "${row.cells.Query}"`);
        assert.ok(row.cells.Index, `${doc.rel}: say which index serves the query "${row.cells.Query}" (or "primary key")`);
      }
      const served = rows.map((row) => row.cells.Index).join(' ');
      for (const statement of statements(doc)) {
        const name = /^CREATE (?:UNIQUE )?INDEX CONCURRENTLY (?:IF NOT EXISTS )?(\w+) ON /i.exec(statement)?.[1];
        if (name)
          assert.ok(
            new RegExp(`\\b${name}\\b`).test(served),
            `${doc.rel}: the index ${name} serves no query in the queries table; name the query it is for, or drop it`,
          );
      }
    }
  });

  it('rolls out in expand, migrate and contract steps, each with a rollback', () => {
    for (const doc of schemaDocs()) {
      const rollout = requireSection(doc, 'Rollout', doc.rel);
      const steps = items(rollout, { ordered: true }).map((item) => item.text);
      assert.ok(steps.length >= 3, `${doc.rel}: "### Rollout" needs a numbered list of at least three steps; found ${steps.length}`);
      const phase = (pattern) => steps.findIndex((s) => pattern.test(s));
      const [expand, migrate, contract] = [phase(/^Expand\b/i), phase(/^(Migrate|Backfill)\b/i), phase(/^Contract\b/i)];
      assert.ok(
        expand !== -1 && migrate !== -1 && contract !== -1,
        `${doc.rel}: start the rollout steps with "Expand", "Migrate" (or "Backfill") and "Contract"`,
      );
      assert.ok(expand < migrate && migrate < contract, `${doc.rel}: the rollout expands first, then migrates, and contracts last`);
      steps.forEach((step, i) =>
        assert.ok(/Rollback:/.test(step), `${doc.rel}: rollout step ${i + 1} needs a "Rollback:" saying how to undo it`),
      );
    }
  });
});

describe('lint and links', () => {
  it('the design doc and the index pass markdownlint', () => {
    assertLintClean([...designDocs().map((doc) => doc.rel), 'design-docs/README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    designDocs();
    assertLinksResolve();
  });
});
