// The Practice page's markup: a frame the page's script fills with each card the extension sends (question,
// answer, what each rating does) and the day's figures. Pure; every value is escaped by the html tag.
import * as l10n from '@vscode/l10n';
import { RATING_NAMES, type RatingName } from '../practice/deck';
import { html, type SafeHtml } from './html';

function ratingLabel(rating: RatingName): string {
  switch (rating) {
    case 'again':
      return l10n.t('Again');
    case 'hard':
      return l10n.t('Hard');
    case 'good':
      return l10n.t('Good');
    case 'easy':
      return l10n.t('Easy');
  }
}

export function renderPracticeBody(scopeTitle: string): SafeHtml {
  const ratings = RATING_NAMES.map(
    (rating, i) =>
      html`<button type="button" data-rating="${rating}" aria-keyshortcuts="${String(i + 1)}">${ratingLabel(rating)} <span data-comes-back="${rating}"></span></button>`,
  );
  return html`<header>
<p class="eyebrow">${l10n.t('Interview practice')}</p>
<h1>${scopeTitle}</h1>
<p class="muted" id="figures" role="status"></p>
<p class="muted">${l10n.t('Keys:')} <kbd>${l10n.t('Space')}</kbd> ${l10n.t('shows the answer, then')} ${RATING_NAMES.map((rating, i) => html`${i > 0 ? ', ' : ''}<kbd>${String(i + 1)}</kbd> ${ratingLabel(rating)}`)}.</p>
</header>
<main>
<section id="card" class="card" aria-labelledby="question" hidden>
<p class="eyebrow" id="card-role" data-new-card="${l10n.t('new card')}" data-review="${l10n.t('review')}"></p>
<h2 id="question" tabindex="-1"></h2>
<label for="scratch">${l10n.t('Your answer, if you like to write it down (not graded, not saved)')}</label>
<textarea id="scratch" rows="4"></textarea>
<p><button type="button" class="primary" id="reveal" aria-keyshortcuts="Space"><span class="codicon codicon-eye" aria-hidden="true"></span> ${l10n.t('Show answer')}</button></p>
<div id="answer-region" aria-live="polite">
<div id="answer" hidden>
<h3>${l10n.t('Answer')}</h3>
<p id="answer-text"></p>
<p id="rate-prompt">${l10n.t('How well did you know it?')}</p>
<div class="ratings" role="group" aria-labelledby="rate-prompt">${ratings}</div>
</div>
</div>
</section>
<section id="empty" hidden>
<p id="empty-text"></p>
<p><button type="button" class="link" data-action="openSettings"><span class="codicon codicon-settings-gear" aria-hidden="true"></span> ${l10n.t('Choose the roles to practise and new cards per day')}</button></p>
</section>
</main>`;
}
