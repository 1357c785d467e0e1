// The role page's markup: header facts, progress, skills with checkboxes, projects, stack, patterns and
// interview questions. Pure; every catalog value is escaped by the html tag.
import * as l10n from '@vscode/l10n';
import { formatDemand, formatGrowth, formatSalaryRange } from '../catalog/marketFormat';
import type { ExerciseSummary, Role, Skill } from '../catalog/schema';
import { levelName } from '../catalog/levelName';
import { percentDone, stateWords } from '../progress/format';
import type { NextSkill } from '../progress/nextSkill';
import type { ShownState } from '../progress/progressData';
import type { Counts } from '../progress/progressStore';
import { readOnlyNotice } from '../trust/trustGate';
import { html, type SafeHtml } from './html';

export interface RoleProgress {
  states: Record<string, ShownState>;
  counts: Counts;
  /** Skill id → what exercise checks proved, in words (skills with no check result have none). */
  proofs: Record<string, string>;
  /** The "Next up" line (src/progress/nextSkill.ts), as the page shows it and its progress message carries it. */
  next: NextUp;
  /** Skill id → the first line of the learner's note (skills without a note have none). */
  notes: Record<string, string>;
}

/** The "Next up" line: its words, and the skill its button goes to (none once every skill is done). */
export interface NextUp {
  skillId: string | null;
  text: string;
}

export function nextUp(next: NextSkill | undefined): NextUp {
  return next
    ? { skillId: next.skill.id, text: l10n.t('{0}, because {1}.', next.skill.name, next.reason) }
    : { skillId: null, text: l10n.t('Every skill of this role is done.') };
}

/** The role's exercises, and whether the workspace is trusted (in Restricted Mode a check asks for trust first). */
export interface RolePractice {
  exercises: readonly ExerciseSummary[];
  trusted: boolean;
  /** The name of any skill of the catalog: an exercise may also practise another role's skill. */
  skillName?: (id: string) => string | undefined;
  /** For a workspace role: the workspace folder it comes from. */
  from?: string | undefined;
  /** When the role's starter project cannot be created now (src/trust/starterOffer.ts): no button for it. */
  starterBlocked?: boolean;
  /** A workspace role in Restricted Mode: shown, but nothing of it can be changed (src/trust/readOnlyRoles.ts). */
  readOnly?: boolean;
}

function fact(label: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function demandStars(demand: number): SafeHtml {
  const stars = Array.from(
    { length: 5 },
    (_, i) => html`<span class="codicon ${i < demand ? 'codicon-star-full' : 'codicon-star-empty'}"></span>`,
  );
  return html`<span class="stars" aria-hidden="true">${stars}</span> <span>${formatDemand(demand)}</span>`;
}

function facts(role: Role): SafeHtml {
  const { market } = role;
  return html`<dl class="facts">
${fact(l10n.t('Duration'), role.duration.wording)}
${fact(l10n.t('Level'), role.level)}
${market.demand ? fact(l10n.t('Demand'), html`${demandStars(market.demand)}${market.demandNote ? html` <span class="muted">(${market.demandNote})</span>` : ''}`) : ''}
${market.salary ? fact(l10n.t('Salary'), formatSalaryRange(market.salary)) : ''}
${market.growthPercent !== undefined ? fact(l10n.t('Growth'), formatGrowth(market.growthPercent)) : ''}
${market.timeToJob ? fact(l10n.t('Time to first job'), market.timeToJob) : ''}
${market.companies.length > 0 ? fact(l10n.t('Companies'), market.companies.join(', ')) : ''}
</dl>`;
}

export function progressSummary(counts: Counts): string {
  const figures = [l10n.t('{0} of {1} skills done', counts.done, counts.total), `${percentDone(counts)}%`];
  if (counts.verified) figures.push(l10n.t('{0} verified', counts.verified));
  if (counts.inProgress) figures.push(l10n.t('{0} in progress', counts.inProgress));
  return figures.join(' · ');
}

/** The badge beside a skill's name; the page script sets the same words (from the skills section) when the state changes. */
const stateBadge = (state: ShownState): string => (state === 'in-progress' || state === 'verified' ? stateWords(state) : '');

function skillItem(skill: Skill, state: ShownState, proof: string | undefined, note: string | undefined, readOnly: boolean): SafeHtml {
  const checkboxId = `skill-${skill.id}`;
  const disabled = readOnly ? html` disabled` : '';
  return html`<li class="skill" id="${skill.id}" data-skill="${skill.id}" data-state="${state}">
<div class="skill-head">
<input type="checkbox" id="${checkboxId}" data-skill="${skill.id}"${state === 'done' || state === 'verified' ? html` checked` : ''}${disabled} aria-describedby="${checkboxId}-desc">
<label for="${checkboxId}">${skill.name}</label>
<span class="badge state-badge" data-state-label>${stateBadge(state)}</span>
<span class="badge level">${levelName(skill.level)}</span>
<button type="button" class="icon-button" data-in-progress="${skill.id}" aria-pressed="${state === 'in-progress' ? 'true' : 'false'}"${disabled} title="${l10n.t('Mark as in progress')}" aria-label="${l10n.t('Mark {0} as in progress', skill.name)}"><span class="codicon codicon-record"></span></button>
<button type="button" class="icon-button" data-edit-note="${skill.id}"${disabled} title="${l10n.t('Edit your note')}" aria-label="${l10n.t('Edit your note on {0}', skill.name)}"><span class="codicon codicon-note"></span></button>
</div>
<p class="description" id="${checkboxId}-desc">${skill.description}</p>
<p class="proof muted" data-proof>${proof ?? ''}</p>
<p class="note" data-note>${note ? `✎ ${note}` : ''}</p>
<p class="docs">${skill.docs.map((doc) => html`<a href="${doc.url}"><span class="codicon codicon-book"></span> ${doc.title}</a> `)}</p>
</li>`;
}

function exercisesSection({ exercises, trusted, skillName }: RolePractice, skillNames: ReadonlyMap<string, string>): SafeHtml {
  if (exercises.length === 0) return html``;
  return html`<section aria-labelledby="exercises-heading">
<h2 id="exercises-heading">${l10n.t('Exercises')}</h2>
<p class="muted">${l10n.t("Each exercise of the starter project has a check that runs its tests in your project. A pass marks the skills it practises verified. Its instructions are in the project's README.")}</p>
${trusted ? '' : html`<p class="notice" role="note"><span class="codicon codicon-shield"></span> ${l10n.t('This window is in Restricted Mode. A check runs code from your project, so Check first asks you to trust this folder.')}</p>`}
<ol class="exercises">${exercises.map(
    (exercise) => html`<li data-exercise="${exercise.id}"><div class="exercise-head"><h3>${exercise.title}</h3>
${exercise.starter === undefined ? '' : html`<span class="badge level">${l10n.t('{0} starter', exercise.starter)}</span>`}
<button type="button" data-check-exercise="${exercise.id}" aria-label="${l10n.t('Check {0}', exercise.title)}"><span class="codicon codicon-beaker"></span> ${l10n.t('Check')}</button></div>
<p class="muted">${l10n.t('Practises: {0}', exercise.skills.map((id) => skillNames.get(id) ?? skillName?.(id) ?? id).join(', '))}</p></li>`,
  )}</ol>
</section>`;
}

export function renderRoleBody(role: Role, progress: RoleProgress, practice: RolePractice = { exercises: [], trusted: true }): SafeHtml {
  const skillNames = new Map(role.skillGroups.flatMap((g) => g.skills.map((s) => [s.id, s.name] as const)));
  return html`<header>
<p class="eyebrow"><span class="codicon codicon-${role.icon}"></span> Backend Paths · ${practice.from === undefined ? l10n.t('role') : l10n.t('role from {0}', practice.from)}</p>
<h1 tabindex="-1">${role.title}</h1>
<p class="summary">${role.summary}</p>
${facts(role)}
</header>
<section aria-labelledby="progress-heading">
<h2 id="progress-heading">${l10n.t('Your progress')}</h2>
<progress id="role-progress" max="${progress.counts.total}" value="${progress.counts.done}" aria-describedby="progress-text"></progress>
<p id="progress-text" aria-live="polite">${progressSummary(progress.counts)}</p>
<p class="next-up"><span class="codicon codicon-arrow-right" aria-hidden="true"></span> <strong>${l10n.t('Next up:')}</strong> <span id="next-up-text">${progress.next.text}</span>
<button type="button" class="link" id="next-up-go" data-go-skill="${progress.next.skillId ?? ''}"${progress.next.skillId ? '' : html` hidden`}>${l10n.t('Go to it')}</button></p>
</section>
<section aria-labelledby="skills-heading" data-badge-in-progress="${stateBadge('in-progress')}" data-badge-verified="${stateBadge('verified')}">
<h2 id="skills-heading">${l10n.t('Skills')}</h2>
${practice.readOnly ? html`<p class="notice" role="note"><span class="codicon codicon-shield"></span> ${readOnlyNotice()}</p>` : ''}
${role.skillGroups.map(
  (group) => html`<section class="group" aria-labelledby="group-${group.id}">
<h3 id="group-${group.id}">${group.title} <span class="muted" data-group-count="${group.id}">${group.skills.filter((s) => progress.states[s.id] === 'done' || progress.states[s.id] === 'verified').length}/${group.skills.length}</span></h3>
<ul class="skills">${group.skills.map((skill) => skillItem(skill, progress.states[skill.id] ?? 'not-started', progress.proofs[skill.id], progress.notes[skill.id], practice.readOnly === true))}</ul>
</section>`,
)}
</section>
<section aria-labelledby="projects-heading">
<div class="section-head"><h2 id="projects-heading">${l10n.t('Practice projects')}</h2>
${practice.starterBlocked ? '' : html`<button type="button" class="primary" data-action="scaffold"><span class="codicon codicon-new-folder"></span> ${l10n.t('Create starter project')}</button>`}</div>
<ol class="projects">${role.projects.map(
    (project) =>
      html`<li><h3>${project.title}</h3><p>${project.description}</p>${
        project.skills.length > 0
          ? html`<p class="muted">${l10n.t('Practises: {0}', project.skills.map((id) => skillNames.get(id) ?? id).join(', '))}</p>`
          : ''
      }</li>`,
  )}</ol>
</section>
${exercisesSection(practice, skillNames)}
<section aria-labelledby="stack-heading">
<h2 id="stack-heading">${l10n.t('Stack')}</h2>
<ul class="chips">${role.stack.map((item) => html`<li>${item}</li>`)}</ul>
</section>
${
  role.patterns.length > 0
    ? html`<section aria-labelledby="patterns-heading">
<h2 id="patterns-heading">${l10n.t('Patterns')}</h2>
<dl class="patterns">${role.patterns.map((p) => html`<dt>${p.name}</dt><dd>${p.description}</dd>`)}</dl>
</section>`
    : ''
}
${
  role.interview.length > 0
    ? html`<section aria-labelledby="interview-heading">
<div class="section-head"><h2 id="interview-heading">${l10n.t('Interview questions')}</h2>
<button type="button" class="primary" data-action="practice"><span class="codicon codicon-mortar-board" aria-hidden="true"></span> ${l10n.t('Practise these questions')}</button></div>
${role.interview.map((q, i) => html`<details data-question="${i}"><summary>${q.question}</summary><p>${q.answer}</p></details>`)}
</section>`
    : ''
}
<footer><button type="button" class="link" data-action="openOverview"><span class="codicon codicon-graph"></span> ${l10n.t('Overview of all roles')}</button></footer>`;
}
