// Check for the exercise "Open a role": a scorecard whose competencies each map to one stage of the loop, with every
// interviewing stage covered, and a rubric per competency: prepared questions and a description of each score.
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
  requireSection,
  requireTable,
  section,
  subsections,
  textOf,
} from './support/handbook.mjs';

// The stages that decide nothing on their own: every other stage of the loop assesses a competency.
const NOT_ASSESSING = ['recruiter screen', 'debrief'];

function scorecard() {
  const found = pagesIn('hiring/roles', /^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  assert.ok(found.length > 0, 'write the scorecard of your next opening in hiring/roles/<role>.md');
  return readPage(found[0]);
}

function stages() {
  const readme = readPage('hiring/README.md');
  return requireTable(requireSection(readme, 'Stages'), ['Stage', 'Assesses'], 'hiring/README.md "## Stages"').map((r) => r.cells.Stage);
}

function competencies(page) {
  const rows = requireTable(requireSection(page, 'Competencies'), ['Competency', 'Stage', 'Must-have'], `${page.rel} "## Competencies"`);
  assert.ok(rows.length >= 4 && rows.length <= 6, `${page.rel}: a scorecard has four to six competencies; found ${rows.length}`);
  return rows.map((r) => r.cells);
}

describe('the scorecard', () => {
  it('exists, with the level, the hiring manager and the opening date, and is listed in hiring/README.md', () => {
    const page = scorecard();
    assert.match(page.title ?? '', /^Scorecard: \S/, `${page.rel} should start with "# Scorecard: <role>"; got "# ${page.title}"`);
    requireMeta(page, 'Level', 'Senior');
    requireMeta(page, 'Hiring manager', 'your name');
    requireDate(requireMeta(page, 'Opened', '2025-04-01'), `${page.rel}: "Opened"`);
    const readme = readPage('hiring/README.md');
    assert.ok(
      linksTo(readme, page.rel, requireSection(readme, 'Open roles')),
      `hiring/README.md: link to ${page.rel.slice('hiring/'.length)} under a "## Open roles" heading`,
    );
  });

  it('states the mission of the role', () => {
    const page = scorecard();
    assert.ok(
      textOf(requireSection(page, 'Mission')).length > 0,
      `${page.rel}: "## Mission" should say why you are hiring and what this person will have achieved after a year`,
    );
  });

  it('maps each competency to one stage of the loop, and every interviewing stage assesses one', () => {
    const page = scorecard();
    const loop = stages();
    const rows = competencies(page);
    for (const row of rows) {
      const stage = loop.find((s) => s.toLowerCase() === row.Stage.toLowerCase());
      assert.ok(
        stage,
        `${page.rel}: the stage of "${row.Competency}" should be one of the loop's stages in hiring/README.md (${loop.join(', ')}); got "${row.Stage}"`,
      );
      assert.ok(
        !NOT_ASSESSING.includes(stage.toLowerCase()),
        `${page.rel}: "${row.Competency}" cannot be assessed in the ${stage}; pick an interview`,
      );
      assert.ok(
        ['yes', 'no'].includes(row['Must-have'].toLowerCase()),
        `${page.rel}: "Must-have" of "${row.Competency}" should be yes or no; got "${row['Must-have']}"`,
      );
    }
    for (const stage of loop.filter((s) => !NOT_ASSESSING.includes(s.toLowerCase())))
      assert.ok(
        rows.some((r) => r.Stage.toLowerCase() === stage.toLowerCase()),
        `${page.rel}: the ${stage} stage assesses none of the competencies; map one to it, or take the stage out of the loop`,
      );
    const must = rows.filter((r) => r['Must-have'].toLowerCase() === 'yes').length;
    assert.ok(
      must >= 1 && must < rows.length,
      `${page.rel}: mark a few competencies as must-haves, not none and not all (${must} of ${rows.length})`,
    );
  });

  it('has no template text left', () => {
    assertNoPlaceholders(scorecard());
  });
});

describe('the rubric', () => {
  it('has a section per competency, with at least two prepared questions', () => {
    const page = scorecard();
    const rubric = requireSection(page, 'Rubric');
    for (const row of competencies(page)) {
      const sec = section(rubric, row.Competency);
      assert.ok(sec && sec.heading.level === rubric.heading.level + 1, `${page.rel}: "## Rubric" needs a "### ${row.Competency}" section`);
      assert.ok(
        items(sec, { ordered: true }).length >= 2,
        `${page.rel}: "### ${row.Competency}" needs a numbered list of at least two questions the interviewer asks`,
      );
    }
    const extra = subsections(rubric).filter(
      (s) => !competencies(page).some((r) => r.Competency.toLowerCase() === s.heading.text.toLowerCase()),
    );
    assert.ok(
      extra.length === 0,
      `${page.rel}: the rubric has sections for competencies that are not on the scorecard: ${extra.map((s) => s.heading.text).join(', ')}`,
    );
  });

  it('describes what each score from 1 to 4 looks like, for every competency', () => {
    const page = scorecard();
    const rubric = requireSection(page, 'Rubric');
    for (const row of competencies(page)) {
      const sec = section(rubric, row.Competency);
      assert.ok(sec, `${page.rel}: "## Rubric" needs a "### ${row.Competency}" section`);
      const scores = requireTable(sec, ['Score', 'Evidence'], `${page.rel} "### ${row.Competency}"`);
      const numbers = scores.map((s) => /^\d/.exec(s.cells.Score)?.[0]);
      assert.deepEqual(
        numbers,
        ['1', '2', '3', '4'],
        `${page.rel} "### ${row.Competency}": the score table needs one row per score, 1 to 4 in order; got ${scores.map((s) => `"${s.cells.Score}"`).join(', ')}`,
      );
      const evidence = scores.map((s) => s.cells.Evidence.toLowerCase());
      assert.ok(evidence.every(Boolean), `${page.rel} "### ${row.Competency}": describe the evidence for every score`);
      assert.ok(
        new Set(evidence).size === 4,
        `${page.rel} "### ${row.Competency}": each score needs evidence of its own, not the same words`,
      );
    }
  });
});

describe('lint and links', () => {
  it('the scorecard and hiring/README.md pass markdownlint', () => {
    assertLintClean([scorecard().rel, 'hiring/README.md']);
  });

  it('every relative link in the handbook resolves', () => {
    scorecard();
    assertLinksResolve();
  });
});
