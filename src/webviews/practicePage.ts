// The Practice page's markup: a frame the page's script fills with each card the extension sends (question,
// answer, what each rating does) and the day's figures. Pure; every value is escaped by the html tag.
import { RATING_NAMES } from '../practice/deck';
import { html, type SafeHtml } from './html';

const RATING_LABELS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;

export function renderPracticeBody(scopeTitle: string): SafeHtml {
  const ratings = RATING_NAMES.map(
    (rating, i) =>
      html`<button type="button" data-rating="${rating}" aria-keyshortcuts="${String(i + 1)}">${RATING_LABELS[rating]} <span data-comes-back="${rating}"></span></button>`,
  );
  return html`<header>
<p class="eyebrow">Interview practice</p>
<h1>${scopeTitle}</h1>
<p class="muted" id="figures" role="status"></p>
<p class="muted">Keys: <kbd>Space</kbd> shows the answer, then <kbd>1</kbd> Again, <kbd>2</kbd> Hard, <kbd>3</kbd> Good, <kbd>4</kbd> Easy.</p>
</header>
<main>
<section id="card" class="card" aria-labelledby="question" hidden>
<p class="eyebrow" id="card-role"></p>
<h2 id="question" tabindex="-1"></h2>
<label for="scratch">Your answer, if you like to write it down (not graded, not saved)</label>
<textarea id="scratch" rows="4"></textarea>
<p><button type="button" class="primary" id="reveal" aria-keyshortcuts="Space"><span class="codicon codicon-eye" aria-hidden="true"></span> Show answer</button></p>
<div id="answer-region" aria-live="polite">
<div id="answer" hidden>
<h3>Answer</h3>
<p id="answer-text"></p>
<p id="rate-prompt">How well did you know it?</p>
<div class="ratings" role="group" aria-labelledby="rate-prompt">${ratings}</div>
</div>
</div>
</section>
<section id="empty" hidden>
<p id="empty-text"></p>
<p><button type="button" class="link" data-action="openSettings"><span class="codicon codicon-settings-gear" aria-hidden="true"></span> Choose the roles to practise and new cards per day</button></p>
</section>
</main>`;
}
