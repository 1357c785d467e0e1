// The overview page's markup: the job-market table, the learning progression timeline, and each role's
// progress as an inline SVG chart with links to the role pages. Pure.
import * as l10n from '@vscode/l10n';
import { formatDemand, formatGrowth, formatSalaryRange } from '../catalog/marketFormat';
import type { Catalog, Role } from '../catalog/schema';
import { percentDone, stateWords } from '../progress/format';
import type { Counts } from '../progress/progressStore';
import { html, type SafeHtml } from './html';

function jobMarketTable(catalog: Catalog): SafeHtml {
  const rolesById = new Map(catalog.roles.map((r) => [r.id, r]));
  const rows = catalog.shared.jobMarket.rows.map((row) => ({ row, role: rolesById.get(row.role) as Role }));
  const header = (key: string, label: string, numeric: boolean) =>
    html`<th scope="col" aria-sort="none" data-sort-key="${key}"${numeric ? html` class="numeric"` : ''}><button type="button" data-sort="${key}">${label} <span class="codicon codicon-arrow-swap" aria-hidden="true"></span></button></th>`;
  return html`<table id="job-market">
<caption>${l10n.t('Job market ({0}), from the guide. Select a column heading to sort.', catalog.shared.jobMarket.period)}</caption>
<thead><tr>${header('role', l10n.t('Role'), false)}${header('demand', l10n.t('Demand'), true)}${header('salary', l10n.t('Salary (USD)'), true)}${header('growth', l10n.t('Growth'), true)}</tr></thead>
<tbody>${rows.map(({ row, role }) => {
    const salary = role.market.salary;
    const growth = role.market.growthPercent;
    return html`<tr data-role="${role.id}">
<th scope="row" data-value="${row.label}"><button type="button" class="link" data-open-role="${role.id}">${row.label}</button></th>
<td class="numeric" data-value="${row.demand}"><span class="stars" aria-hidden="true">${'★'.repeat(row.demand)}</span> ${formatDemand(row.demand)}</td>
<td class="numeric" data-value="${salary ? salary.max : -1}">${salary ? formatSalaryRange(salary) : '—'}</td>
<td class="numeric" data-value="${growth ?? -1000}">${growth !== undefined ? formatGrowth(growth) : '—'}</td>
</tr>`;
  })}</tbody>
</table>`;
}

function timeline(catalog: Catalog): SafeHtml {
  const { progression } = catalog.shared;
  return html`<p>${progression.title}: ${progression.wording}.</p>
<ol class="timeline">${progression.phases.map(
    (phase) =>
      html`<li><span class="months">${l10n.t('Months {0}–{1}', phase.fromMonth, phase.toMonth)}</span><span class="focus">${phase.focus}</span></li>`,
  )}</ol>`;
}

const BAR_HEIGHT = 22;
const ROW_GAP = 10;
const LABEL_WIDTH = 240;
const CHART_WIDTH = 360;

/** One horizontal bar per role: done, then in progress, on a track of all skills. */
function progressChart(roles: readonly Role[], countsByRole: Record<string, Counts>): SafeHtml {
  const rowHeight = BAR_HEIGHT + ROW_GAP;
  const height = roles.length * rowHeight;
  const width = LABEL_WIDTH + CHART_WIDTH + 110;
  const bars = roles.map((role, i) => {
    const counts = countsByRole[role.id] ?? { done: 0, inProgress: 0, total: 0 };
    const y = i * rowHeight;
    const scale = counts.total === 0 ? 0 : CHART_WIDTH / counts.total;
    const doneWidth = counts.done * scale;
    const label = l10n.t('{0}: {1} of {2} skills done, {3} in progress', role.title, counts.done, counts.total, counts.inProgress);
    return html`<g role="listitem" aria-label="${label}">
<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2}" class="chart-label" text-anchor="end" dominant-baseline="middle">${role.title}</text>
<rect x="${LABEL_WIDTH}" y="${y}" width="${CHART_WIDTH}" height="${BAR_HEIGHT}" class="chart-track" rx="3"></rect>
<rect x="${LABEL_WIDTH}" y="${y}" width="${doneWidth.toFixed(1)}" height="${BAR_HEIGHT}" class="chart-done" rx="3"></rect>
<rect x="${(LABEL_WIDTH + doneWidth).toFixed(1)}" y="${y}" width="${(counts.inProgress * scale).toFixed(1)}" height="${BAR_HEIGHT}" class="chart-in-progress"></rect>
<text x="${LABEL_WIDTH + CHART_WIDTH + 8}" y="${y + BAR_HEIGHT / 2}" class="chart-value" dominant-baseline="middle">${counts.done}/${counts.total} · ${percentDone(counts)}%</text>
</g>`;
  });
  return html`<svg class="chart" role="list" aria-label="${l10n.t('Progress by role')}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg>
<p class="legend"><span class="swatch chart-done-swatch"></span> ${stateWords('done')} <span class="swatch chart-in-progress-swatch"></span> ${stateWords('in-progress')} <span class="swatch chart-track-swatch"></span> ${stateWords('not-started')}</p>`;
}

/** "11 backend roles. You have done 3 of 180 skills (2%), 1 of them verified by exercise checks, 2 in progress." */
function overviewSummary(roleCount: number, all: Counts): string {
  const done = l10n.t('{0} backend roles. You have done {1} of {2} skills ({3}%)', roleCount, all.done, all.total, percentDone(all));
  const verified = all.verified ? l10n.t(', {0} of them verified by exercise checks', all.verified) : '';
  const inProgress = all.inProgress ? l10n.t(', {0} in progress', all.inProgress) : '';
  return `${done}${verified}${inProgress}.`;
}

export function renderOverviewBody(catalog: Catalog, countsByRole: Record<string, Counts>): SafeHtml {
  const all = Object.values(countsByRole).reduce<Counts>(
    (sum, c) => ({
      done: sum.done + c.done,
      verified: sum.verified + c.verified,
      inProgress: sum.inProgress + c.inProgress,
      total: sum.total + c.total,
    }),
    { done: 0, verified: 0, inProgress: 0, total: 0 },
  );
  return html`<header>
<p class="eyebrow"><span class="codicon codicon-mortar-board"></span> Backend Paths</p>
<h1>${l10n.t('Overview')}</h1>
<p class="summary">${overviewSummary(catalog.roles.length, all)}</p>
<p><button type="button" class="primary" data-action="practice"><span class="codicon codicon-mortar-board" aria-hidden="true"></span> ${l10n.t('Practise interview questions')}</button></p>
</header>
<section aria-labelledby="chart-heading">
<h2 id="chart-heading">${l10n.t('Progress by role')}</h2>
${progressChart(catalog.roles, countsByRole)}
<ul class="role-links">${catalog.roles.map(
    (role) =>
      html`<li><button type="button" class="link" data-open-role="${role.id}"><span class="codicon codicon-${role.icon}"></span> ${role.title}</button> <span class="muted">${role.duration.wording}</span></li>`,
  )}</ul>
</section>
<section aria-labelledby="market-heading">
<h2 id="market-heading">${l10n.t('Job market')}</h2>
${jobMarketTable(catalog)}
</section>
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">${l10n.t('Learning progression')}</h2>
${timeline(catalog)}
</section>
<section aria-labelledby="features-heading">
<h2 id="features-heading">${l10n.t('What this guide covers')}</h2>
<dl class="patterns">${catalog.shared.features.map((f) => html`<dt>${f.title}</dt><dd>${f.description}</dd>`)}</dl>
</section>`;
}
