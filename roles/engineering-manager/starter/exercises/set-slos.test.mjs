// Check for the exercise "Set SLOs and an error budget": objectives, the error budget they allow (in requests and
// in minutes), burn-rate alerts whose numbers agree with the window, a latency budget per hop that fits the latency
// objective, and performance work ordered by how far each hop is over its budget.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  close,
  items,
  linksTo,
  pagesIn,
  parseMinutes,
  readPage,
  requireMeta,
  requireNumber,
  requireSection,
  requireTable,
} from './support/handbook.mjs';

function sloPage() {
  const found = pagesIn('on-call', /^slo-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  assert.ok(found.length > 0, 'write the SLOs of your most important service in on-call/slo-<service>.md');
  return readPage(found[0]);
}

function windowDays(page) {
  const text = requireMeta(page, 'Window', '28 days');
  const days = Number(/^(\d+) days?\b/i.exec(text)?.[1]);
  assert.ok(days >= 1 && days <= 90, `${page.rel}: the window should be a whole number of days, such as "28 days"; got "${text}"`);
  return days;
}

function objectives(page) {
  const rows = requireTable(
    requireSection(page, 'Objectives'),
    ['SLI', 'Good event', 'Measured at', 'Target'],
    `${page.rel} "## Objectives"`,
  );
  assert.ok(rows.length >= 2, `${page.rel}: set at least two objectives (for example availability and latency); found ${rows.length}`);
  return rows.map((row) => {
    const target = requireNumber(row.cells.Target, `${page.rel}: the target of ${row.cells.SLI}`);
    assert.ok(
      row.cells.Target.includes('%') && target > 90 && target < 100,
      `${page.rel}: the target of ${row.cells.SLI} should be a percentage between 90% and 100%, such as "99.9%"; got "${row.cells.Target}"`,
    );
    assert.ok(
      row.cells['Good event'] && row.cells['Measured at'],
      `${page.rel}: say what a good event is and where it is measured for ${row.cells.SLI}`,
    );
    return { sli: row.cells.SLI, target, good: row.cells['Good event'] };
  });
}

/** The latency objective's threshold: "a response within 300 ms" → 300. */
function latencyThreshold(page) {
  const latency = objectives(page).find((o) => /within \d[\d,]*\s*ms\b/i.test(o.good));
  assert.ok(latency, `${page.rel}: one objective should be about latency, with a good event such as "a response within 300 ms"`);
  return requireNumber(/within (\d[\d,]*)\s*ms/i.exec(latency.good)[1], 'the latency threshold');
}

describe('the SLO page', () => {
  it('exists, says its window and traffic, and is linked from on-call/README.md', () => {
    const page = sloPage();
    assert.match(page.title ?? '', /^SLOs: \S/, `${page.rel} should start with "# SLOs: <service>"; got "# ${page.title}"`);
    windowDays(page);
    requireNumber(requireMeta(page, 'Requests per window', '52,000,000'), `${page.rel}: "Requests per window"`);
    requireMeta(page, 'Agreed with', 'who in product agreed, and when');
    assert.ok(
      linksTo(readPage('on-call/README.md'), page.rel),
      `on-call/README.md should link to ${page.rel.slice('on-call/'.length)}, so the on-call engineer finds it`,
    );
  });

  it('sets objectives with a target, a good event and where it is measured', () => {
    objectives(sloPage());
    latencyThreshold(sloPage());
  });

  it('works out the error budget of every objective, in requests and in minutes', () => {
    const page = sloPage();
    const days = windowDays(page);
    const requests = requireNumber(requireMeta(page, 'Requests per window', '52,000,000'), 'requests per window');
    const rows = requireTable(
      requireSection(page, 'Error budget'),
      ['SLI', 'Allowed bad share', 'Allowed bad requests', 'Minutes of full outage'],
      `${page.rel} "## Error budget"`,
    );
    for (const { sli, target } of objectives(page)) {
      const row = rows.find((r) => r.cells.SLI.toLowerCase() === sli.toLowerCase());
      assert.ok(row, `${page.rel}: the error budget table needs a row for ${sli}`);
      const share = 100 - target;
      const where = `${page.rel}, error budget of ${sli} (target ${target}%)`;
      const written = requireNumber(row.cells['Allowed bad share'], `${where}: the allowed bad share`);
      assert.ok(
        close(written, share, { absolute: 0.0005 }),
        `${where}: the allowed bad share is 100% - ${target}% = ${+share.toFixed(4)}%; got ${row.cells['Allowed bad share']}`,
      );
      const bad = (requests * share) / 100;
      const badWritten = requireNumber(row.cells['Allowed bad requests'], `${where}: the allowed bad requests`);
      assert.ok(
        close(badWritten, bad, { absolute: 1 }),
        `${where}: ${requests} requests × ${+share.toFixed(4)}% = ${Math.round(bad)} bad requests allowed; got ${row.cells['Allowed bad requests']}`,
      );
      const minutes = (days * 24 * 60 * share) / 100;
      const minutesWritten = requireNumber(row.cells['Minutes of full outage'], `${where}: the minutes of full outage`);
      assert.ok(
        close(minutesWritten, minutes, { absolute: 0.1 }),
        `${where}: ${days} days × 1,440 minutes × ${+share.toFixed(4)}% = ${minutes.toFixed(1)} minutes; got ${row.cells['Minutes of full outage']}`,
      );
    }
  });

  it('alerts on burn rates, with the share of the budget each one has spent when it fires', () => {
    const page = sloPage();
    const days = windowDays(page);
    const slis = objectives(page).map((o) => o.sli.toLowerCase());
    const columns = ['Alert', 'SLI', 'Burn rate', 'Long window', 'Short window', 'Budget spent', 'Action'];
    const rows = requireTable(requireSection(page, 'Alerts'), columns, `${page.rel} "## Alerts"`);
    assert.ok(
      rows.length >= 2,
      `${page.rel}: define at least two burn-rate alerts (a fast one that pages, a slow one that opens a ticket); found ${rows.length}`,
    );
    for (const { cells } of rows) {
      const where = `${page.rel}, alert "${cells.Alert}"`;
      assert.ok(
        slis.includes(cells.SLI.toLowerCase()),
        `${where}: its SLI should be one of the objectives (${slis.join(', ')}); got "${cells.SLI}"`,
      );
      const burn = requireNumber(cells['Burn rate'], `${where}: the burn rate`);
      const long = parseMinutes(cells['Long window']);
      const short = parseMinutes(cells['Short window']);
      assert.ok(
        long && short,
        `${where}: write the windows as durations such as "1 hour" or "5 minutes"; got "${cells['Long window']}" and "${cells['Short window']}"`,
      );
      assert.ok(
        short < long,
        `${where}: the short window (which stops the alert soon after the problem ends) should be shorter than the long one`,
      );
      const spent = (burn * long * 100) / (days * 24 * 60);
      const written = requireNumber(cells['Budget spent'], `${where}: the budget spent`);
      assert.ok(
        close(written, spent, { tolerance: 0.05, absolute: 0.05 }),
        `${where}: burning at ${burn}× for ${cells['Long window']} spends ${burn} × ${long} minutes / ${days * 1440} minutes = ${spent.toFixed(1)}% of the budget; got ${cells['Budget spent']}`,
      );
      assert.ok(
        ['page', 'ticket'].includes(cells.Action.toLowerCase()),
        `${where}: the action should be "page" or "ticket"; got "${cells.Action}"`,
      );
    }
    for (const action of ['page', 'ticket'])
      assert.ok(
        rows.some((r) => r.cells.Action.toLowerCase() === action),
        `${page.rel}: at least one alert should ${action === 'page' ? 'page (a fast burn)' : 'open a ticket (a slow burn)'}`,
      );
  });

  it('splits the latency objective into a budget per hop that adds up', () => {
    const page = sloPage();
    const rows = requireTable(
      requireSection(page, 'Latency budget'),
      ['Hop', 'Budget p99 (ms)', 'Measured p99 (ms)'],
      `${page.rel} "## Latency budget"`,
    );
    const total = rows.at(-1);
    assert.ok(total && total.cells.Hop.toLowerCase() === 'total', `${page.rel}: the last row of the latency budget should be "Total"`);
    const hops = rows.slice(0, -1);
    assert.ok(hops.length >= 2, `${page.rel}: split the latency budget over at least two hops; found ${hops.length}`);
    const sum = hops.reduce((s, r) => s + requireNumber(r.cells['Budget p99 (ms)'], `${page.rel}: the budget of ${r.cells.Hop}`), 0);
    hops.forEach((r) => requireNumber(r.cells['Measured p99 (ms)'], `${page.rel}: the measured p99 of ${r.cells.Hop}`));
    const written = requireNumber(total.cells['Budget p99 (ms)'], `${page.rel}: the total budget`);
    assert.ok(written === sum, `${page.rel}: the hop budgets add up to ${sum} ms; the Total row says ${written}`);
    const threshold = latencyThreshold(page);
    assert.ok(sum <= threshold, `${page.rel}: the hop budgets add up to ${sum} ms, more than the latency objective's ${threshold} ms`);
  });

  it('plans performance work for every hop over its budget, the biggest overrun first', () => {
    const page = sloPage();
    const rows = requireTable(
      requireSection(page, 'Latency budget'),
      ['Hop', 'Budget p99 (ms)', 'Measured p99 (ms)'],
      `${page.rel} "## Latency budget"`,
    ).slice(0, -1);
    const over = rows
      .map((r) => ({
        hop: r.cells.Hop,
        by: requireNumber(r.cells['Measured p99 (ms)'], 'measured') - requireNumber(r.cells['Budget p99 (ms)'], 'budget'),
      }))
      .filter((h) => h.by > 0)
      .sort((a, b) => b.by - a.by);
    const work = items(requireSection(page, 'Performance work'), { ordered: true }).map((item) => item.text.toLowerCase());
    assert.ok(work.length > 0, `${page.rel}: "## Performance work" needs a numbered list of what the team will do`);
    const positions = over.map(({ hop }) => work.findIndex((w) => w.includes(hop.toLowerCase())));
    over.forEach(({ hop, by }, i) =>
      assert.ok(positions[i] !== -1, `${page.rel}: ${hop} is ${by} ms over its budget: name it in a "## Performance work" item`),
    );
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `${page.rel}: order the performance work by how far each hop is over its budget, the biggest first (${over.map((h) => `${h.hop} +${h.by} ms`).join(', ')})`,
    );
  });

  it('has an error budget policy', () => {
    const page = sloPage();
    assert.ok(
      items(requireSection(page, 'Error budget policy')).length >= 2,
      `${page.rel}: "## Error budget policy" needs at least two bullets: what the team does while budget is left, and when it is spent`,
    );
  });

  it('has no template text left', () => {
    assertNoPlaceholders(sloPage());
  });
});

describe('lint and links', () => {
  it('the SLO page and on-call/README.md pass markdownlint', () => {
    assertLintClean([sloPage().rel, 'on-call/README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    sloPage();
    assertLinksResolve();
  });
});
