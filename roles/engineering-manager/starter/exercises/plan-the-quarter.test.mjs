// Check for the exercise "Plan two quarters with the teams you depend on": a roadmap of outcomes with measures,
// owners and dates, a balance of product, reliability and technical debt that adds up and matches the outcomes,
// dependencies on other teams agreed in time for the outcomes they serve, and what the team is not doing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  exists,
  items,
  linksTo,
  readPage,
  requireDate,
  requireMeta,
  requireNumber,
  requireSection,
  requireTable,
} from './support/handbook.mjs';

const ROADMAP = 'roadmap.md';
const TYPES = ['Product', 'Reliability', 'Technical debt'];
const MODES = ['collaboration', 'x-as-a-service', 'facilitating'];

function roadmap() {
  assert.ok(exists(ROADMAP), 'write the roadmap in roadmap.md, at the top of the handbook');
  return readPage(ROADMAP);
}

/** "2025-Q3" → { index, start, end } with UTC dates of its first and last day. */
function quarter(text, where) {
  const match = /^(\d{4})-Q([1-4])$/.exec(text);
  assert.ok(match, `${where}: write the quarter as YYYY-QN, such as "2025-Q3"; got "${text}"`);
  const [year, q] = [Number(match[1]), Number(match[2])];
  return { index: year * 4 + q - 1, start: new Date(Date.UTC(year, (q - 1) * 3, 1)), end: new Date(Date.UTC(year, q * 3, 0)) };
}

function balance(page) {
  const rows = requireTable(requireSection(page, 'Balance'), ['Quarter', ...TYPES], `${ROADMAP} "## Balance"`);
  assert.ok(rows.length >= 2, `${ROADMAP}: plan at least two quarters in the balance table; found ${rows.length}`);
  return rows.map(({ cells }, i) => {
    const where = `${ROADMAP}, balance of ${cells.Quarter}`;
    const q = quarter(cells.Quarter, where);
    if (i > 0)
      assert.ok(q.index === quarter(rows[i - 1].cells.Quarter, where).index + 1, `${where}: the quarters should follow each other`);
    const shares = Object.fromEntries(TYPES.map((t) => [t, requireNumber(cells[t], `${where}: the share of ${t}`)]));
    return { name: cells.Quarter, ...q, shares };
  });
}

/** Every outcome of every planned quarter: [{ quarter, outcome, measure, type, owner, due }]. */
function outcomes(page) {
  return balance(page).flatMap((q) => {
    const rows = requireTable(
      requireSection(page, q.name),
      ['Outcome', 'Measure of success', 'Type', 'Owner', 'Due'],
      `${ROADMAP} "## ${q.name}"`,
    );
    return rows.map(({ cells }) => ({ quarter: q, ...cells }));
  });
}

describe('the roadmap', () => {
  it('exists, is linked from README.md, and says when it is reviewed next', () => {
    const page = roadmap();
    assert.ok(linksTo(readPage('README.md'), ROADMAP), 'README.md should link to roadmap.md (add it to the Contents table)');
    const last = requireDate(requireMeta(page, 'Last reviewed', '2025-03-28'), `${ROADMAP}: "Last reviewed"`);
    const next = requireDate(requireMeta(page, 'Next review', '2025-04-25'), `${ROADMAP}: "Next review"`);
    const days = (next - last) / 86_400_000;
    assert.ok(
      days > 0 && days <= 45,
      `${ROADMAP}: review the roadmap at least every six weeks; the next review is ${days} days after the last`,
    );
  });

  it('balances product, reliability and technical debt, adding up to 100% each quarter', () => {
    for (const q of balance(roadmap())) {
      const sum = TYPES.reduce((s, t) => s + q.shares[t], 0);
      assert.ok(Math.abs(sum - 100) < 0.01, `${ROADMAP}: the shares of ${q.name} add up to ${sum}%, not 100%`);
    }
  });

  it('plans at least two outcomes per quarter, each with a measure, a type, an owner and a due date in the quarter', () => {
    const page = roadmap();
    for (const q of balance(page)) {
      const rows = outcomes(page).filter((o) => o.quarter.name === q.name);
      assert.ok(rows.length >= 2, `${ROADMAP}: "## ${q.name}" needs at least two outcomes; found ${rows.length}`);
      for (const o of rows) {
        const where = `${ROADMAP}, ${q.name} outcome "${o.Outcome}"`;
        assert.ok(o.Outcome && o.Owner, `${where}: every outcome needs a name and an owner`);
        assert.ok(
          /\d/.test(o['Measure of success']),
          `${where}: the measure of success should have a number you can check (a rate, a latency, a count); got "${o['Measure of success']}"`,
        );
        assert.ok(TYPES.includes(o.Type), `${where}: the type should be one of ${TYPES.join(', ')}; got "${o.Type}"`);
        const due = requireDate(o.Due, `${where}: the due date`);
        assert.ok(due >= q.start && due <= q.end, `${where}: the due date ${o.Due} is not in ${q.name}`);
      }
    }
  });

  it('plans outcomes of every kind the balance gives time to, and none of a kind it gives none', () => {
    const page = roadmap();
    for (const q of balance(page)) {
      const types = outcomes(page)
        .filter((o) => o.quarter.name === q.name)
        .map((o) => o.Type);
      for (const t of TYPES) {
        if (q.shares[t] > 0) assert.ok(types.includes(t), `${ROADMAP}: ${q.name} gives ${q.shares[t]}% to ${t} but plans no ${t} outcome`);
        else assert.ok(!types.includes(t), `${ROADMAP}: ${q.name} plans a ${t} outcome but gives ${t} 0% of the time`);
      }
    }
  });

  it('lists the dependencies on other teams, how you work with each, and by when, before the outcome is due', () => {
    const page = roadmap();
    const all = outcomes(page);
    const columns = ['Team', 'We need', 'For outcome', 'Interaction mode', 'Needed by', 'Contact'];
    const rows = requireTable(requireSection(page, 'Dependencies'), columns, `${ROADMAP} "## Dependencies"`);
    assert.ok(rows.length >= 1, `${ROADMAP}: list what you need from other teams under "## Dependencies"`);
    for (const { cells } of rows) {
      const where = `${ROADMAP}, dependency on ${cells.Team || 'a team'}`;
      for (const column of columns) assert.ok(cells[column], `${where}: fill in "${column}"`);
      const outcome = all.find((o) => o.Outcome.toLowerCase() === cells['For outcome'].toLowerCase());
      assert.ok(
        outcome,
        `${where}: "For outcome" should be the name of an outcome on the roadmap, as written there; got "${cells['For outcome']}"`,
      );
      assert.ok(
        MODES.includes(cells['Interaction mode'].toLowerCase()),
        `${where}: the interaction mode should be Collaboration, X-as-a-Service or Facilitating (Team Topologies); got "${cells['Interaction mode']}"`,
      );
      const needed = requireDate(cells['Needed by'], `${where}: "Needed by"`);
      assert.ok(
        needed <= requireDate(outcome.Due, 'the due date'),
        `${where}: it is needed by ${cells['Needed by']}, after "${outcome.Outcome}" is due (${outcome.Due})`,
      );
    }
  });

  it('says what the team is not doing', () => {
    assert.ok(
      items(requireSection(roadmap(), 'Not doing')).length >= 1,
      `${ROADMAP}: list under "## Not doing" what was asked for and will not happen in these quarters`,
    );
  });

  it('has no template text left', () => {
    assertNoPlaceholders(roadmap());
  });
});

describe('lint and links', () => {
  it('the roadmap and README.md pass markdownlint', () => {
    roadmap();
    assertLintClean([ROADMAP, 'README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    roadmap();
    assertLinksResolve();
  });
});
