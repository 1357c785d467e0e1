// Practice pages: the interview questions of the learner's deck (or of one role) as spaced-repetition cards. The
// page asks for a card when it is ready; a rating is scheduled by FSRS (loaded on first use), saved with progress,
// and answered with the next card. Reviews from another window update an open page the same way.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Log } from '../log';
import { cardsLeft, currentStreak, nextCard, type Deck, type DeckCard } from '../practice/deck';
import { loadScheduler, type Scheduler } from '../practice/loadScheduler';
import { onDidChangePracticeSettings, PRACTICE_SETTINGS, todaysDeck, type PracticeScope } from '../practice/todaysDeck';
import { cardsLeftToday, comesBackIn, dayFigures } from '../practice/wording';
import type { ProgressStore } from '../progress/progressStore';
import { PanelHost, type PageContent } from './panelHost';
import { renderPracticeBody } from './practicePage';
import type { PracticeFromPage, PracticeToPage } from './practiceMessages';

export const PRACTICE_VIEW_TYPE = 'backendPaths.practice';
/** The key of the page that practises the whole deck; a role's page has the role id. */
const DECK = 'deck';

export class PracticePanels extends PanelHost<PracticeFromPage, PracticeToPage> {
  private scheduler: Promise<Scheduler> | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    log: Log,
    /** Settles once the workspace's roles are loaded, so that their restored pages find their role. */
    workspaceRolesLoaded?: Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {
    super(
      {
        viewType: PRACTICE_VIEW_TYPE,
        script: 'practice.js',
        messages: async () => (await import('./practiceMessages.js')).practiceMessages,
      },
      extensionUri,
      log,
      workspaceRolesLoaded,
    );
    const sendAll = () => this.sendAll();
    // Ticks only move the deck's roles (the roles started); a role's own page has that role's questions whatever is ticked.
    const sendDeck = () => this.sendAll([DECK]);
    this.disposables.push(store.onDidChangeReviews(sendAll), store.onDidChange(sendDeck), onDidChangePracticeSettings(sendAll));
  }

  /** Opens (or reveals) the Practice page of the deck, or of one role's questions. */
  open(roleId?: string): vscode.WebviewPanel | undefined {
    if (roleId !== undefined && !this.index.role(roleId)) return undefined;
    return this.show(roleId ?? DECK);
  }

  protected restoredKey(state: unknown): string | undefined {
    const key = typeof state === 'object' && state !== null ? (state as { key?: unknown }).key : undefined;
    return key === DECK || (typeof key === 'string' && this.index.role(key)) ? key : undefined;
  }

  protected content(key: string): PageContent {
    const scope = this.scope(key);
    const title = scope.kind === 'role' ? scope.role.title : vscode.l10n.t('Your roles');
    return { title: vscode.l10n.t('Practice: {0}', title), body: renderPracticeBody(title), data: { key } };
  }

  protected async act(key: string, message: PracticeFromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.send(key);
      case 'rate': {
        const { rate } = await this.loadScheduler();
        const now = this.now();
        await this.store.recordReview(message.questionId, rate(this.store.reviewStates.get(message.questionId), message.rating, now));
        return; // The store's change event sends every open page its next card.
      }
      case 'openSettings':
        await vscode.commands.executeCommand('workbench.action.openSettings', PRACTICE_SETTINGS);
        return;
    }
  }

  private scope(key: string): PracticeScope {
    const role = this.index.role(key);
    return role ? { kind: 'role', role } : { kind: 'deck' };
  }

  private sendAll(only?: readonly string[]): void {
    const keys = this.keys().filter((key) => !only || only.includes(key));
    for (const key of keys)
      this.send(key).catch((error: unknown) => this.log.error(vscode.l10n.t('could not show the next practice card'), error));
  }

  private async send(key: string): Promise<void> {
    const now = this.now();
    const deck = todaysDeck(this.scope(key), this.index, this.store, now);
    const card = nextCard(deck);
    const left = cardsLeft(deck);
    const streak = currentStreak(this.store.streakRun(), now);
    const figures = { left, reviewedToday: deck.reviewedToday, streak, summary: dayFigures(left, deck.reviewedToday, streak) };
    const message = {
      type: 'card',
      card: card ? await this.cardMessage(card, now) : null,
      ...figures,
      status: status(deck, key === DECK),
    } as const;
    this.update(key, message);
  }

  private async cardMessage({ role, question }: DeckCard, now: number): Promise<NonNullable<PracticeToPage['card']>> {
    const { dueAfterEach } = await this.loadScheduler();
    const review = this.store.reviewStates.get(question.id);
    const due = dueAfterEach(review, now);
    const after = (rating: keyof typeof due) => comesBackIn(due[rating] - now);
    return {
      questionId: question.id,
      role: role.title,
      question: question.question,
      answer: question.answer,
      kind: review ? 'review' : 'new',
      comesBack: { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') },
    };
  }

  private loadScheduler(): Promise<Scheduler> {
    this.scheduler ??= loadScheduler();
    return this.scheduler;
  }
}

/** What the page says when there is no card, or how much is left. */
function status(deck: Deck, wholeDeck: boolean): string {
  const left = cardsLeft(deck);
  if (left > 0) return `${cardsLeftToday(left)}.`;
  if (deck.size === 0 && wholeDeck) {
    return vscode.l10n.t(
      'Your deck is empty: it holds the interview questions of the roles you have started. Tick or start a skill, or choose roles in the settings.',
    );
  }
  return vscode.l10n.t('Nothing left for today. New and due cards come back tomorrow.');
}
