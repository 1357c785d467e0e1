// Check for the exercise "Measure code review, and mentor through it": targets in numbers, monthly measurements that
// say honestly whether they were met, and review-based mentoring with a goal, a mentor, a stretch assignment and a
// date for each engineer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  readPage,
  requireDate,
  requireNumber,
  requireSection,
  requireTable,
} from './support/handbook.mjs';

const GUIDE = 'code-review.md';

function targets(page) {
  const rows = requireTable(requireSection(page, 'Expectations'), ['What', 'Target'], `${GUIDE} "## Expectations"`);
  const target = (what, unit, example) => {
    const row = rows.find((r) => r.cells.What.toLowerCase() === what.toLowerCase());
    assert.ok(row, `${GUIDE}: the expectations table needs a "${what}" row`);
    const match = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:working |changed )?${unit}`, 'i').exec(row.cells.Target);
    assert.ok(
      match,
      `${GUIDE}: write the target for "${what}" as a number of ${unit}, such as "${example}", so it can be measured; got "${row.cells.Target}"`,
    );
    return Number(match[1].replaceAll(',', ''));
  };
  return {
    hours: target('Time to first review', 'hours', 'within 8 working hours'),
    lines: target('Size of a change', 'lines', 'under 400 changed lines'),
  };
}

describe('the code review guide', () => {
  it('sets the review time and change size targets in numbers', () => {
    targets(readPage(GUIDE));
  });

  it('says how the targets are measured, and records at least two months against them', () => {
    const page = readPage(GUIDE);
    const { hours, lines } = targets(page);
    const measurements = requireSection(page, 'Measurements');
    assert.ok(
      measurements.blocks.some((b) => b.kind === 'paragraph'),
      `${GUIDE}: "## Measurements" should say in a paragraph how the numbers are collected (a script, a dashboard, a report)`,
    );
    const columns = ['Month', 'Pull requests', 'Median hours to first review', 'Median changed lines', 'Targets met'];
    const rows = requireTable(measurements, columns, `${GUIDE} "## Measurements"`);
    assert.ok(rows.length >= 2, `${GUIDE}: record at least two months of measurements; found ${rows.length}`);
    rows.forEach(({ cells }, i) => {
      assert.match(cells.Month, /^\d{4}-(0[1-9]|1[0-2])$/, `${GUIDE}: write the month as YYYY-MM; got "${cells.Month}"`);
      if (i > 0)
        assert.ok(
          cells.Month > rows[i - 1].cells.Month,
          `${GUIDE}: the months should be in order, oldest first (${rows[i - 1].cells.Month}, then ${cells.Month})`,
        );
      requireNumber(cells['Pull requests'], `${GUIDE}, ${cells.Month}: the number of pull requests`);
      const reviewHours = requireNumber(
        cells['Median hours to first review'],
        `${GUIDE}, ${cells.Month}: the median hours to first review`,
      );
      const changed = requireNumber(cells['Median changed lines'], `${GUIDE}, ${cells.Month}: the median changed lines`);
      const met = reviewHours <= hours && changed <= lines ? 'yes' : 'no';
      assert.ok(
        cells['Targets met'].toLowerCase() === met,
        `${GUIDE}, ${cells.Month}: ${reviewHours} hours (target ${hours}) and ${changed} lines (target ${lines}) means "Targets met" is ${met}; got "${cells['Targets met']}"`,
      );
    });
  });

  it('pairs at least two engineers with a mentor, a learning goal, a stretch assignment and a check-in date', () => {
    const page = readPage(GUIDE);
    const columns = ['Engineer', 'Learning goal', 'Mentor', 'Stretch assignment', 'Next check-in'];
    const rows = requireTable(requireSection(page, 'Mentoring through review'), columns, `${GUIDE} "## Mentoring through review"`);
    assert.ok(rows.length >= 2, `${GUIDE}: pair at least two engineers with a mentor; found ${rows.length}`);
    for (const { cells } of rows) {
      const where = `${GUIDE}, mentoring of ${cells.Engineer || 'a row'}`;
      for (const column of columns) assert.ok(cells[column], `${where}: fill in "${column}"`);
      assert.ok(cells.Mentor.toLowerCase() !== cells.Engineer.toLowerCase(), `${where}: the mentor should be someone else`);
      requireDate(cells['Next check-in'], `${where}: the next check-in`);
    }
    const goals = rows.map((r) => r.cells['Learning goal'].toLowerCase());
    assert.ok(new Set(goals).size === goals.length, `${GUIDE}: give each engineer a learning goal of their own`);
  });

  it('has no template text left', () => {
    assertNoPlaceholders(readPage(GUIDE));
  });
});

describe('lint and links', () => {
  it('the code review guide passes markdownlint', () => {
    assertLintClean([GUIDE]);
  });

  it('every relative link in the handbook resolves', () => {
    assertLinksResolve();
  });
});
