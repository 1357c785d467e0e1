// @ts-check
// The pages' side of the border with the extension: a page acts only on a message that passes its check here,
// just as the extension acts only on what passes src/webviews/*Messages.ts. Loaded before each page's script.
// test/unit/webviewMessages.test.ts runs these checks and the extension's schemas over the same messages, so
// the two sides cannot drift apart.

/**
 * @typedef {'not-started' | 'in-progress' | 'done' | 'verified'} SkillState
 * @typedef {{ type: 'progress', states: Record<string, SkillState>, counts: { done: number, verified: number, inProgress: number, total: number }, summary: string, proofs: Record<string, string>, next: { skillId: string | null, text: string }, notes: Record<string, string> }} ProgressMessage
 * @typedef {{ type: 'reveal', skillId: string }} RevealMessage
 * @typedef {ProgressMessage | RevealMessage} RoleToPage
 * @typedef {{ again: string, hard: string, good: string, easy: string }} ComesBack
 * @typedef {{ questionId: string, role: string, question: string, answer: string, kind: 'new' | 'review', comesBack: ComesBack }} PracticeCard
 * @typedef {{ type: 'card', card: PracticeCard | null, left: number, reviewedToday: number, streak: number, summary: string, status: string }} PracticeToPage
 */

/* exported pageMessages -- used by the page scripts loaded after this one */
var pageMessages = (function () {
  const STATES = ['not-started', 'in-progress', 'done', 'verified'];

  /** @param {unknown} value @returns {value is Record<string, unknown>} */
  const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  /** A plain object with exactly these keys. @param {unknown} value @param {string[]} keys @returns {value is Record<string, unknown>} */
  const hasExactly = (value, keys) =>
    isRecord(value) && Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));
  /** @param {unknown} value */
  const isId = (value) => typeof value === 'string' && value.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
  /** @param {unknown} value */
  const isCount = (value) => Number.isInteger(value) && /** @type {number} */ (value) >= 0;
  /** @param {unknown} value @param {number} max */
  const isText = (value, max) => typeof value === 'string' && value.length <= max;
  /** @param {unknown} card */
  const isCard = (card) =>
    hasExactly(card, ['questionId', 'role', 'question', 'answer', 'kind', 'comesBack']) &&
    isId(card.questionId) &&
    isText(card.role, 200) &&
    isText(card.question, 5000) &&
    isText(card.answer, 5000) &&
    (card.kind === 'new' || card.kind === 'review') &&
    hasExactly(card.comesBack, ['again', 'hard', 'good', 'easy']) &&
    Object.values(card.comesBack).every((text) => isText(text, 200));
  /** @param {unknown} value */
  const isStates = (value) =>
    isRecord(value) && Object.entries(value).every(([id, state]) => isId(id) && STATES.includes(/** @type {string} */ (state)));

  return {
    /**
     * A message for the role page, or undefined (with a warning in the page's console) when it is not one.
     * @param {unknown} message
     * @returns {RoleToPage | undefined}
     */
    forRolePage(message) {
      const type = isRecord(message) ? message.type : undefined;
      const valid =
        type === 'progress'
          ? hasExactly(message, ['type', 'states', 'counts', 'summary', 'proofs', 'next', 'notes']) &&
            isStates(message.states) &&
            hasExactly(message.counts, ['done', 'verified', 'inProgress', 'total']) &&
            Object.values(message.counts).every(isCount) &&
            typeof message.summary === 'string' &&
            isRecord(message.proofs) &&
            Object.entries(message.proofs).every(([id, text]) => isId(id) && typeof text === 'string' && text.length <= 1000) &&
            hasExactly(message.next, ['skillId', 'text']) &&
            (message.next.skillId === null || isId(message.next.skillId)) &&
            typeof message.next.text === 'string' &&
            message.next.text.length <= 1000 &&
            isRecord(message.notes) &&
            Object.entries(message.notes).every(([id, text]) => isId(id) && typeof text === 'string' && text.length <= 200)
          : type === 'reveal' && hasExactly(message, ['type', 'skillId']) && isId(message.skillId);
      if (valid) return /** @type {RoleToPage} */ (message);
      console.warn('Backend Paths: ignored a malformed message from the extension', message);
      return undefined;
    },

    /**
     * A message for the Practice page, or undefined (with a warning in the page's console) when it is not one.
     * @param {unknown} message
     * @returns {PracticeToPage | undefined}
     */
    forPracticePage(message) {
      const valid =
        hasExactly(message, ['type', 'card', 'left', 'reviewedToday', 'streak', 'summary', 'status']) &&
        message.type === 'card' &&
        (message.card === null || isCard(message.card)) &&
        isCount(message.left) &&
        isCount(message.reviewedToday) &&
        isCount(message.streak) &&
        isText(message.summary, 1000) &&
        isText(message.status, 5000);
      if (valid) return /** @type {PracticeToPage} */ (message);
      console.warn('Backend Paths: ignored a malformed message from the extension', message);
      return undefined;
    },
  };
})();
