// Practice in the real extension host: the Roles view's badge counts the cards due today and follows progress,
// reviews and settings; the Practice page gets its card when ready, and a rating (scheduled by the lazily loaded
// ts-fsrs chunk) is saved and answered with the next card.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals } from '../../src/api';
import type { PracticeToPage } from '../../src/webviews/practiceMessages';
import { activateExtension, clearProgress, closeAllEditors, waitFor } from './helpers';

suite('practice', () => {
  let api: Internals;
  const badge = () => api.rolesView.view.badge;
  const settings = () => vscode.workspace.getConfiguration('backendPaths.practice');

  suiteSetup(async () => {
    api = await activateExtension();
  });
  setup(async () => {
    await clearProgress(api);
    await closeAllEditors();
  });
  teardown(async () => {
    await settings().update('newCardsPerDay', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('roles', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the badge counts the cards due today: none before a role is started, then new cards up to the allowance', async () => {
    assert.equal(badge(), undefined, 'no started role, no cards');
    await api.progress.setState(['node-typescript'], 'in-progress');
    assert.deepEqual(badge(), { value: 10, tooltip: '10 cards to practise today' });
    await settings().update('newCardsPerDay', 3, vscode.ConfigurationTarget.Global);
    await waitFor('the badge to follow the setting', () => badge()?.value === 3 || undefined);
    await settings().update('roles', ['python', 'devops'], vscode.ConfigurationTarget.Global);
    await settings().update('newCardsPerDay', 100, vscode.ConfigurationTarget.Global);
    await waitFor('the badge to count the chosen roles', () => badge()?.value === 19 || undefined);
  });

  test('the page gets a card when ready; a rating is saved, the badge drops and the next card comes', async () => {
    await api.progress.setState(['node-typescript'], 'done');
    assert.equal(await vscode.commands.executeCommand('backendPaths.practice'), true);
    const panel = api.practice.panel('deck');
    assert.ok(panel, 'the Practice page is open');
    const sent: PracticeToPage[] = [];
    const original = panel.webview.postMessage.bind(panel.webview);
    panel.webview.postMessage = (message: unknown) => {
      sent.push(message as PracticeToPage);
      return original(message);
    };
    try {
      await api.practice.receive('deck', { type: 'ready' });
      const first = sent.at(-1);
      assert.equal(first?.card?.questionId, 'nodejs-event-loop');
      assert.equal(first.card.kind, 'new');
      assert.equal(first.card.comesBack.again, 'tomorrow');
      assert.equal(first.left, 10);

      await api.practice.receive('deck', { type: 'rate', questionId: 'nodejs-event-loop', rating: 'good' });
      const review = api.progress.reviewStates.get('nodejs-event-loop');
      assert.ok(review && review.reps === 1 && review.due > Date.now(), 'the review is saved with a due date ahead');
      const next = await waitFor('the next card', () => (sent.at(-1)?.card?.questionId !== 'nodejs-event-loop' ? sent.at(-1) : undefined));
      assert.equal(next.card?.questionId, 'nodejs-nexttick-setimmediate-promise');
      assert.equal(next.reviewedToday, 1);
      assert.equal(next.streak, 1);
      assert.equal(badge()?.value, 9);
    } finally {
      panel.webview.postMessage = original;
    }
  });

  test("a role page's Practise button opens that role's questions; a malformed rating changes nothing", async () => {
    api.rolePanels.open('python');
    await api.rolePanels.receive('python', { type: 'practice' });
    const panel = await waitFor('the python Practice page', () => api.practice.panel('python'));
    assert.equal(panel.title, 'Practice: Python Backend Developer');
    await api.practice.receive('python', { type: 'rate', questionId: 'python-gil', rating: 'perfect' });
    await api.practice.receive('python', { type: 'rate', questionId: '../x', rating: 'good' });
    assert.equal(api.progress.reviewStates.size, 0);
  });

  test('a tick sends the deck page its card again (its roles may change), not a role page', async () => {
    assert.equal(await vscode.commands.executeCommand('backendPaths.practice', 'python'), true);
    assert.equal(await vscode.commands.executeCommand('backendPaths.practice'), true);
    const python = api.practice.panel('python')?.webview;
    const deck = api.practice.panel('deck')?.webview;
    assert.ok(python && deck, 'both pages are open');
    // The role page is hidden behind the deck: were it sent anything, it would be rendered again.
    const pythonPage = python.html;
    let sentToDeck = 0;
    const original = deck.postMessage.bind(deck);
    deck.postMessage = (message: unknown) => {
      sentToDeck++;
      return original(message);
    };
    try {
      await api.progress.setState(['node-typescript'], 'in-progress');
      await waitFor('the deck page to get its card', () => sentToDeck > 0 || undefined);
      assert.equal(python.html, pythonPage, 'the python page is left alone');
    } finally {
      deck.postMessage = original;
    }
  });
});
