// @ts-check
// The Practice page: shows the card the extension sends, reveals its answer (Space or the button) and sends the
// learner's rating (1–4 or the buttons). After each new card, focus goes to its question, so a screen reader reads
// it and the keys work at once. Messages from the extension are checked by media/messages.js (loaded first).
(function () {
  const vscode = acquireVsCodeApi();
  vscode.setState({ key: document.body.dataset.key });
  const RATINGS = ['again', 'hard', 'good', 'easy'];
  /** @param {string} id */
  const element = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const card = element('card');
  const answer = element('answer');
  const reveal = element('reveal');
  const scratch = /** @type {HTMLTextAreaElement} */ (element('scratch'));
  /** @type {string | undefined} */
  let questionId;

  /** @param {PracticeToPage} message */
  function show(message) {
    element('figures').textContent = message.summary;
    element('empty').hidden = message.card !== null;
    element('empty-text').textContent = message.card === null ? message.status : '';
    card.hidden = message.card === null;
    if (!message.card) {
      questionId = undefined;
      return;
    }
    const sameCard = message.card.questionId === questionId;
    questionId = message.card.questionId;
    const cardRole = element('card-role');
    const kind = message.card.kind === 'new' ? cardRole.dataset.newCard : cardRole.dataset.review;
    cardRole.textContent = `${message.card.role} · ${kind ?? ''}`;
    element('question').textContent = message.card.question;
    element('answer-text').textContent = message.card.answer;
    for (const rating of RATINGS) {
      const label = card.querySelector(`[data-comes-back="${rating}"]`);
      if (label) label.textContent = `· ${message.card.comesBack[/** @type {keyof ComesBack} */ (rating)]}`;
    }
    if (sameCard) return;
    answer.hidden = true;
    reveal.hidden = false;
    scratch.value = '';
    element('question').focus();
  }

  function showAnswer() {
    if (!questionId || !answer.hidden) return;
    answer.hidden = false;
    reveal.hidden = true;
    /** @type {HTMLElement | null} */ (card.querySelector('[data-rating="good"]'))?.focus();
  }

  /** @param {string} rating */
  function rate(rating) {
    if (!questionId || answer.hidden) return;
    vscode.postMessage({ type: 'rate', questionId, rating });
  }

  window.addEventListener('message', (event) => {
    const message = pageMessages.forPracticePage(event.data);
    if (message) show(message);
  });

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button === reveal) showAnswer();
    else if (button.dataset.rating) rate(button.dataset.rating);
    else if (button.dataset.action === 'openSettings') vscode.postMessage({ type: 'openSettings' });
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' && !(target instanceof HTMLButtonElement) && answer.hidden) {
      event.preventDefault();
      showAnswer();
    } else if (/^[1-4]$/.test(event.key)) {
      event.preventDefault();
      rate(RATINGS[Number(event.key) - 1]);
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
