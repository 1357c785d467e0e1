// Check for the exercise "Plan capacity for a year": a measured capacity per instance, the resources checked with
// the USE method and the bottleneck among them, a quarterly forecast whose instance counts follow from the peak,
// the capacity and the headroom, the limits more instances will not lift, and what happens under overload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  items,
  linksTo,
  pagesIn,
  readPage,
  requireDate,
  requireMeta,
  requireNumber,
  requireSection,
  requireTable,
  textOf,
} from './support/handbook.mjs';

function plan() {
  const found = pagesIn('capacity', /^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  assert.ok(found.length > 0, 'write the capacity plan of your busiest service in capacity/<service>.md');
  return readPage(found[0]);
}

function resources(page) {
  const rows = requireTable(
    requireSection(page, 'Resources'),
    ['Resource', 'Utilization', 'Saturation', 'Errors'],
    `${page.rel} "## Resources"`,
  );
  assert.ok(
    rows.length >= 3,
    `${page.rel}: check at least three resources (CPU, memory, connections, disk, network…); found ${rows.length}`,
  );
  return rows;
}

/** "2025-Q3" → 2025 * 4 + 2, so that consecutive quarters differ by one. */
function quarterIndex(text, where) {
  const match = /^(\d{4})-Q([1-4])$/.exec(text);
  assert.ok(match, `${where}: write the quarter as YYYY-QN, such as "2025-Q3"; got "${text}"`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

describe('the capacity plan', () => {
  it("exists, is linked from the handbook's README, and says when it is reviewed next", () => {
    const page = plan();
    assert.match(
      page.title ?? '',
      /^Capacity plan: \S/,
      `${page.rel} should start with "# Capacity plan: <service>"; got "# ${page.title}"`,
    );
    assert.ok(linksTo(readPage('README.md'), page.rel), `README.md should link to ${page.rel} (add it to the Contents table)`);
    const reviewed = requireDate(requireMeta(page, 'Reviewed', '2025-01-20'), `${page.rel}: "Reviewed"`);
    const next = requireDate(requireMeta(page, 'Next review', '2025-04-20'), `${page.rel}: "Next review"`);
    assert.ok(next > reviewed, `${page.rel}: the next review should come after the last one`);
  });

  it('states the capacity of one instance, measured in a load test', () => {
    const page = plan();
    const capacity = requireNumber(
      requireMeta(page, 'Capacity per instance', '400 requests/s at p99 within the latency SLO'),
      `${page.rel}: "Capacity per instance"`,
    );
    assert.ok(capacity > 0, `${page.rel}: the capacity per instance should be more than 0`);
    assert.ok(textOf(requireSection(page, 'Load test')).length > 0, `${page.rel}: "## Load test" should say how the capacity was measured`);
  });

  it('checks utilization, saturation and errors of every resource, and names the bottleneck among them', () => {
    const page = plan();
    const rows = resources(page);
    for (const { cells } of rows) {
      assert.ok(
        cells.Utilization.includes('%'),
        `${page.rel}: the utilization of ${cells.Resource} should be a percentage; got "${cells.Utilization}"`,
      );
      assert.ok(
        cells.Saturation && cells.Errors,
        `${page.rel}: fill in the saturation and the errors of ${cells.Resource} ("none" is an answer)`,
      );
    }
    const bottleneck = requireMeta(page, 'Bottleneck', 'the resource that runs out first');
    assert.ok(
      rows.some((r) => r.cells.Resource.toLowerCase() === bottleneck.toLowerCase()),
      `${page.rel}: the bottleneck should be one of the resources in the table (${rows.map((r) => r.cells.Resource).join(', ')}); got "${bottleneck}"`,
    );
  });

  it('forecasts four quarters, with the instances each one needs', () => {
    const page = plan();
    const capacity = requireNumber(requireMeta(page, 'Capacity per instance', '400 requests/s'), 'capacity per instance');
    const headroomText = requireMeta(page, 'Headroom', '30%');
    const headroom = requireNumber(headroomText, `${page.rel}: the headroom`);
    assert.ok(
      headroomText.includes('%') && headroom > 0 && headroom < 100,
      `${page.rel}: the headroom should be a percentage between 0% and 100%, such as "30%"; got "${headroomText}"`,
    );
    const rows = requireTable(
      requireSection(page, 'Forecast'),
      ['Quarter', 'Peak requests/s', 'Instances needed', 'Instances planned'],
      `${page.rel} "## Forecast"`,
    );
    assert.ok(rows.length >= 4, `${page.rel}: forecast at least four quarters; found ${rows.length}`);
    const usable = capacity * (1 - headroom / 100);
    rows.forEach(({ cells }, i) => {
      const where = `${page.rel}, forecast for ${cells.Quarter}`;
      const quarter = quarterIndex(cells.Quarter, where);
      if (i > 0)
        assert.ok(
          quarter === quarterIndex(rows[i - 1].cells.Quarter, where) + 1,
          `${where}: the quarters should follow each other (${rows[i - 1].cells.Quarter}, then the next one)`,
        );
      const peak = requireNumber(cells['Peak requests/s'], `${where}: the peak`);
      const needed = Math.ceil(peak / usable - 1e-9); // 1e-9: 400 × 0.7 is 279.99999999999997 in floating point
      const written = requireNumber(cells['Instances needed'], `${where}: the instances needed`);
      assert.ok(
        written === needed,
        `${where}: ${peak} requests/s at ${capacity} per instance with ${headroom}% headroom needs ceil(${peak} / (${capacity} × ${(1 - headroom / 100).toFixed(2)})) = ${needed} instances; got ${written}`,
      );
      const planned = requireNumber(cells['Instances planned'], `${where}: the instances planned`);
      assert.ok(planned >= needed, `${where}: ${planned} instances planned is fewer than the ${needed} needed`);
    });
  });

  it('names the limits that more instances will not lift, and what the service does when overloaded', () => {
    const page = plan();
    assert.ok(
      items(requireSection(page, 'Limits')).length >= 1,
      `${page.rel}: "## Limits" should list what more instances will not fix (a database primary, a third-party rate limit…)`,
    );
    assert.ok(
      items(requireSection(page, 'Overload')).length >= 2,
      `${page.rel}: "## Overload" should list at least two things the service does when demand exceeds capacity (shed load, queue, degrade…)`,
    );
  });

  it('has no template text left', () => {
    assertNoPlaceholders(plan());
  });
});

describe('lint and links', () => {
  it('the capacity plan and README.md pass markdownlint', () => {
    assertLintClean([plan().rel, 'README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    plan();
    assertLinksResolve();
  });
});
