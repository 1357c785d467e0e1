// @ts-check
// The role page: ticks and "in progress" go to the extension; progress from the extension updates the page in
// place (focus and scroll stay put). Scroll position and opened answers survive a reload via setState.
// Messages from the extension are checked by media/messages.js (loaded first) before anything acts on them.
(function () {
  const vscode = acquireVsCodeApi();
  const roleId = document.body.dataset.role;
  const render = document.body.dataset.render;
  /** @type {{ roleId?: string, scrollY?: number, open?: number[], render?: string }} */
  const saved = vscode.getState() || {};

  function save() {
    const open = [...document.querySelectorAll('details[data-question]')]
      .filter((d) => /** @type {HTMLDetailsElement} */ (d).open)
      .map((d) => Number(/** @type {HTMLElement} */ (d).dataset.question));
    vscode.setState({ roleId, scrollY: window.scrollY, open, render });
  }

  /** @param {string} skillId */
  function highlight(skillId) {
    const item = document.getElementById(skillId);
    if (!item) return;
    item.scrollIntoView({ block: 'center' });
    for (const previous of document.querySelectorAll('li.skill.focused')) previous.classList.remove('focused');
    item.classList.add('focused');
    const checkbox = item.querySelector('input[type=checkbox]');
    if (checkbox instanceof HTMLElement) checkbox.focus({ preventScroll: true });
  }

  /** The state badges' words, in the display language, as the extension rendered them on the skills section. */
  const skillsSection = document.querySelector('section[data-badge-in-progress]');
  const badges = skillsSection instanceof HTMLElement ? skillsSection.dataset : {};

  /** A skill counts as done when it is done or verified. @param {string | undefined} state */
  const isDone = (state) => state === 'done' || state === 'verified';

  /** @param {Record<string, SkillState>} states @param {Record<string, string>} proofs */
  function applyStates(states, proofs) {
    for (const [skillId, state] of Object.entries(states)) {
      const item = document.querySelector(`li.skill[data-skill="${CSS.escape(skillId)}"]`);
      if (!(item instanceof HTMLElement)) continue;
      item.dataset.state = state;
      const checkbox = item.querySelector('input[type=checkbox]');
      if (checkbox instanceof HTMLInputElement) checkbox.checked = isDone(state);
      const badge = item.querySelector('[data-state-label]');
      if (badge)
        badge.textContent =
          state === 'in-progress' ? (badges.badgeInProgress ?? '') : state === 'verified' ? (badges.badgeVerified ?? '') : '';
      const button = item.querySelector('[data-in-progress]');
      if (button) button.setAttribute('aria-pressed', String(state === 'in-progress'));
      const proof = item.querySelector('[data-proof]');
      if (proof) proof.textContent = Object.hasOwn(proofs, skillId) ? proofs[skillId] : '';
    }
    for (const counter of document.querySelectorAll('[data-group-count]')) {
      const items = counter.closest('section.group')?.querySelectorAll('li.skill') ?? [];
      const done = [...items].filter((li) => isDone(/** @type {HTMLElement} */ (li).dataset.state)).length;
      counter.textContent = `${done}/${items.length}`;
    }
  }

  window.addEventListener('message', (event) => {
    const message = pageMessages.forRolePage(event.data);
    if (message?.type === 'progress') {
      applyStates(message.states, message.proofs);
      for (const item of document.querySelectorAll('li.skill')) {
        const skillId = /** @type {HTMLElement} */ (item).dataset.skill ?? '';
        const note = item.querySelector('[data-note]');
        if (note) note.textContent = Object.hasOwn(message.notes, skillId) ? `✎ ${message.notes[skillId]}` : '';
      }
      const bar = document.getElementById('role-progress');
      if (bar instanceof HTMLProgressElement) {
        bar.max = message.counts.total;
        bar.value = message.counts.done;
      }
      const text = document.getElementById('progress-text');
      if (text) text.textContent = message.summary;
      const nextText = document.getElementById('next-up-text');
      if (nextText) nextText.textContent = message.next.text;
      const go = document.getElementById('next-up-go');
      if (go) {
        go.hidden = message.next.skillId === null;
        go.dataset.goSkill = message.next.skillId ?? '';
      }
    } else if (message?.type === 'reveal') {
      highlight(message.skillId);
    }
  });

  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox' && target.dataset.skill) {
      vscode.postMessage({ type: 'setSkillState', skillId: target.dataset.skill, state: target.checked ? 'done' : 'not-started' });
    }
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.inProgress) {
      const pressed = target.getAttribute('aria-pressed') === 'true';
      vscode.postMessage({ type: 'setSkillState', skillId: target.dataset.inProgress, state: pressed ? 'not-started' : 'in-progress' });
    } else if (target.dataset.action === 'scaffold') {
      vscode.postMessage({ type: 'scaffold' });
    } else if (target.dataset.action === 'practice') {
      vscode.postMessage({ type: 'practice' });
    } else if (target.dataset.action === 'openOverview') {
      vscode.postMessage({ type: 'openOverview' });
    } else if (target.dataset.editNote) {
      vscode.postMessage({ type: 'editNote', skillId: target.dataset.editNote });
    } else if (target.dataset.goSkill) {
      highlight(target.dataset.goSkill);
    } else if (target.dataset.checkExercise) {
      vscode.postMessage({ type: 'checkExercise', exerciseId: target.dataset.checkExercise });
    }
  });

  document.addEventListener('toggle', save, true);
  let pending = 0;
  window.addEventListener('scroll', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(save);
  });

  for (const index of saved.open ?? []) {
    const details = document.querySelector(`details[data-question="${index}"]`);
    if (details instanceof HTMLDetailsElement) details.open = true;
  }
  const focus = document.body.dataset.focusSkill;
  if (focus && saved.render !== render) highlight(focus);
  else {
    if (saved.scrollY) window.scrollTo(0, saved.scrollY);
    // A page the learner opens starts at its heading, so a screen reader says which role it is. One restored after
    // a reload, or drawn again, leaves the focus where it is (on a quick pick the learner has just opened, say).
    if (document.body.dataset.focusHeading && saved.render !== render) document.querySelector('h1')?.focus({ preventScroll: true });
  }
  save();
})();
