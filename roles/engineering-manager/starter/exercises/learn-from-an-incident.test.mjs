// Check for the exercise "Learn from an incident": a blameless postmortem with an ordered timeline whose key moments
// give the times to detect and to mitigate, action items of every kind with an owner and a due date, and the
// runbook entry for the alert that fired, rewritten as numbered steps with a verification step and an escalation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertLinksResolve,
  assertLintClean,
  assertNoPlaceholders,
  exists,
  headings,
  items,
  linksTo,
  pagesIn,
  readPage,
  requireDate,
  requireMeta,
  requireSection,
  requireTable,
  resolveLink,
  sectionAt,
  textOf,
} from './support/handbook.mjs';

const SECTIONS = [
  'Summary',
  'Impact',
  'Timeline',
  'Root causes and contributing factors',
  'Detection and response',
  'What went well',
  'Action items',
];
const MOMENTS = ['Impact starts', 'Detected', 'Mitigated', 'Resolved'];

function postmortem() {
  const found = pagesIn('on-call/postmortems', /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  assert.ok(
    found.length > 0,
    'write the postmortem in on-call/postmortems/<YYYY-MM-DD>-<short-title>.md (the date of the incident), starting from on-call/postmortem-template.md',
  );
  return readPage(found[0]);
}

function incidentDate(page) {
  return page.rel.slice('on-call/postmortems/'.length, 'on-call/postmortems/'.length + 10);
}

/** The timeline as [{ minutes, time, event }], minutes counted from midnight UTC of the incident's date. */
function timeline(page) {
  const rows = requireTable(requireSection(page, 'Timeline'), ['Time', 'Event'], `${page.rel} "## Timeline"`);
  let day = requireDate(incidentDate(page), `${page.rel}: the date in the file name`);
  const start = day.getTime();
  return rows.map(({ cells }) => {
    const match = /^(?:(\d{4}-\d{2}-\d{2}) )?([01]\d|2[0-3]):([0-5]\d)$/.exec(cells.Time);
    assert.ok(
      match,
      `${page.rel}: timeline times are HH:MM in UTC (or "YYYY-MM-DD HH:MM" once the incident passes midnight); got "${cells.Time}"`,
    );
    if (match[1]) day = requireDate(match[1], `${page.rel}: the date of "${cells.Time}"`);
    const minutes = (day.getTime() - start) / 60_000 + Number(match[2]) * 60 + Number(match[3]);
    return { minutes, time: cells.Time, event: cells.Event };
  });
}

function moments(page) {
  const rows = timeline(page);
  return MOMENTS.map((moment) => {
    const found = rows.filter((r) => r.event.toLowerCase().startsWith(moment.toLowerCase()));
    assert.ok(found.length === 1, `${page.rel}: exactly one timeline event should start with "**${moment}:**"; found ${found.length}`);
    return found[0];
  });
}

/** The runbook section the postmortem links to: `{ rel, fragment, sec }`. */
function runbookEntry(page) {
  const links = page.links
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
    .map((href) => resolveLink(page.rel, href))
    .filter(({ file, fragment }) => /^on-call\/runbook[a-z0-9-]*\.md$/.test(file) && fragment);
  assert.ok(
    links.length > 0,
    `${page.rel}: link the action item that fixes the runbook to the runbook section of the alert that fired, such as [runbook](../runbook.md#high-error-rate)`,
  );
  const { file, fragment } = links[0];
  assert.ok(exists(file), `${page.rel} links to ${file}, which does not exist`);
  const sec = sectionAt(readPage(file), fragment);
  assert.ok(sec, `${page.rel} links to ${file}#${fragment}, but ${file} has no heading with that anchor`);
  return { rel: file, fragment, sec };
}

describe('the postmortem', () => {
  it('exists, with its title, date, severity, authors and status', () => {
    const page = postmortem();
    assert.match(
      page.title ?? '',
      /^Postmortem: \S/,
      `${page.rel} should start with "# Postmortem: <title of the incident>"; got "# ${page.title}"`,
    );
    assert.ok(
      !/^Postmortem: title of the incident$/i.test(page.title),
      `${page.rel}: replace "title of the incident" with the incident's title`,
    );
    const date = requireMeta(page, 'Date of the incident', incidentDate(page));
    assert.ok(
      date === incidentDate(page),
      `${page.rel}: the date of the incident should match the file name, ${incidentDate(page)}; got "${date}"`,
    );
    const severity = requireMeta(page, 'Severity', 'SEV2');
    assert.ok(['SEV1', 'SEV2'].includes(severity), `${page.rel}: the severity should be SEV1 or SEV2; got "${severity}"`);
    requireMeta(page, 'Authors', 'names');
    const status = requireMeta(page, 'Status', 'Reviewed');
    assert.ok(
      ['Draft', 'Reviewed', 'Action items done'].includes(status),
      `${page.rel}: the status should be Draft, Reviewed or Action items done; got "${status}"`,
    );
  });

  it('has every section of the template, in order, each written', () => {
    const page = postmortem();
    const h2 = headings(page, 2).map((h) => h.toLowerCase());
    const positions = SECTIONS.map((name) => h2.indexOf(name.toLowerCase()));
    SECTIONS.forEach((name, i) => assert.ok(positions[i] !== -1, `${page.rel} needs a "## ${name}" section`));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `${page.rel}: the sections should come in the template's order, ${SECTIONS.join(', ')}`,
    );
    for (const name of SECTIONS) assert.ok(textOf(requireSection(page, name)).length > 0, `${page.rel}: "## ${name}" is empty`);
  });

  it('has a timeline in time order, with the moments impact started, was detected, mitigated and resolved', () => {
    const page = postmortem();
    const rows = timeline(page);
    assert.ok(rows.length >= 5, `${page.rel}: the timeline should have at least five events; found ${rows.length}`);
    rows.forEach(
      (row, i) =>
        i > 0 &&
        assert.ok(
          row.minutes >= rows[i - 1].minutes,
          `${page.rel}: the timeline should be in time order; ${row.time} comes after ${rows[i - 1].time}`,
        ),
    );
    const found = moments(page);
    found.forEach(
      (m, i) =>
        i > 0 &&
        assert.ok(
          m.minutes >= found[i - 1].minutes,
          `${page.rel}: "${MOMENTS[i]}" (${m.time}) cannot come before "${MOMENTS[i - 1]}" (${found[i - 1].time})`,
        ),
    );
  });

  it('states the time to detect and the time to mitigate, as the timeline shows them', () => {
    const page = postmortem();
    const [start, detected, mitigated] = moments(page);
    const text = textOf(requireSection(page, 'Detection and response'));
    for (const [label, moment] of [
      ['Time to detect', detected],
      ['Time to mitigate', mitigated],
    ]) {
      const written = new RegExp(`${label}:\\s*(\\d+)\\s*min`, 'i').exec(text);
      const expected = moment.minutes - start.minutes;
      assert.ok(written, `${page.rel}: "## Detection and response" should say "${label}: ${expected} minutes"`);
      assert.ok(
        Number(written[1]) === expected,
        `${page.rel}: from "Impact starts" (${start.time}) to "${moment.event.split(':')[0]}" (${moment.time}) is ${expected} minutes; "${label}" says ${written[1]}`,
      );
    }
  });

  it('has at least three action items of the kinds prevent, detect and mitigate, each with an owner, a ticket and a due date', () => {
    const page = postmortem();
    const rows = requireTable(
      requireSection(page, 'Action items'),
      ['Action', 'Type', 'Owner', 'Ticket', 'Due'],
      `${page.rel} "## Action items"`,
    );
    assert.ok(rows.length >= 3, `${page.rel}: list at least three action items; found ${rows.length}`);
    const incident = requireDate(incidentDate(page), 'the incident date');
    for (const { cells } of rows) {
      const where = `${page.rel}, action "${cells.Action}"`;
      assert.ok(
        ['prevent', 'detect', 'mitigate'].includes(cells.Type.toLowerCase()),
        `${where}: the type should be prevent, detect or mitigate; got "${cells.Type}"`,
      );
      assert.ok(cells.Owner && !/^names?$/i.test(cells.Owner), `${where}: give it one owner, by name`);
      assert.ok(cells.Ticket && !/^link$/i.test(cells.Ticket), `${where}: give it a ticket`);
      const due = requireDate(cells.Due, `${where}: the due date`);
      assert.ok(due > incident, `${where}: the due date should come after the incident`);
    }
    for (const type of ['prevent', 'detect'])
      assert.ok(
        rows.some((r) => r.cells.Type.toLowerCase() === type),
        `${page.rel}: at least one action item should ${type === 'prevent' ? 'prevent the incident from happening again' : 'detect it sooner'} (type "${type}")`,
      );
  });

  it('is listed under "## Postmortems" in on-call/README.md', () => {
    const page = postmortem();
    const readme = readPage('on-call/README.md');
    const list = requireSection(readme, 'Postmortems');
    assert.ok(linksTo(readme, page.rel, list), `on-call/README.md: link to ${page.rel.slice('on-call/'.length)} under "## Postmortems"`);
  });

  it('has no template text left', () => {
    assertNoPlaceholders(postmortem());
  });
});

describe('the runbook entry of the alert that fired', () => {
  it('says what the impact is', () => {
    const { rel, sec } = runbookEntry(postmortem());
    assert.ok(/^Impact\b/m.test(textOf(sec)), `${rel} "### ${sec.heading.text}": start a line with "**Impact:**", what users see`);
  });

  it('has at least three numbered steps, the last one a verification', () => {
    const { rel, sec } = runbookEntry(postmortem());
    const steps = items(sec, { ordered: true }).map((item) => item.text);
    assert.ok(
      steps.length >= 3,
      `${rel} "### ${sec.heading.text}": write what to do as a numbered list of at least three steps; found ${steps.length}`,
    );
    assert.match(
      steps.at(-1),
      /^Verify\b/i,
      `${rel} "### ${sec.heading.text}": the last step should start with "Verify", saying how to tell that users are fine again; got "${steps.at(-1)}"`,
    );
  });

  it('says when to escalate, and to whom', () => {
    const { rel, sec } = runbookEntry(postmortem());
    const escalate = textOf(sec)
      .split('\n')
      .find((line) => /^Escalate\b/i.test(line));
    assert.ok(escalate, `${rel} "### ${sec.heading.text}": add a line starting with "**Escalate:**"`);
    assert.match(
      escalate,
      /\d+\s*(minutes?|min|hours?)\b/i,
      `${rel} "### ${sec.heading.text}": the escalation should say after how long ("after 30 minutes without mitigation, page …"); got "${escalate}"`,
    );
  });
});

describe('lint and links', () => {
  it('the postmortem, the runbook and on-call/README.md pass markdownlint', () => {
    const page = postmortem();
    assertLintClean([page.rel, runbookEntry(page).rel, 'on-call/README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    postmortem();
    assertLinksResolve();
  });
});
