// Messages cross the border between the extension and its pages in both directions, and each side refuses
// what is malformed: the extension checks what a page sends (and what it sends itself) with the zod schemas,
// a page checks what it receives with media/messages.js. Both sides run here over the same messages, so they
// cannot drift apart.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type * as z from 'zod/mini';
import { parseMessage } from '../../src/webviews/messages';
import { overviewFromPage, overviewToPage } from '../../src/webviews/overviewMessages';
import { practiceFromPage, practiceToPage } from '../../src/webviews/practiceMessages';
import { SKILL_STATES } from '../../src/progress/progressData';
import { roleFromPage, roleToPage, shownState } from '../../src/webviews/roleMessages';
import { repoRoot } from './helpers';

function parse(schema: z.ZodMiniType, message: unknown): { value: unknown; reasons: string[] } {
  const reasons: string[] = [];
  const value = parseMessage(schema, message, (reason) => reasons.push(reason));
  return { value, reasons };
}

function accepts(schema: z.ZodMiniType, message: unknown): void {
  const { value, reasons } = parse(schema, message);
  assert.deepEqual(reasons, []);
  assert.deepEqual(value, message);
}

function rejects(schema: z.ZodMiniType, message: unknown): string {
  const { value, reasons } = parse(schema, message);
  assert.equal(value, undefined);
  assert.equal(reasons.length, 1, 'reject is called once');
  assert.match(reasons[0], /^malformed message: .* \(.+\)$/s);
  return reasons[0];
}

/** media/messages.js as a page loads it, with the warnings it writes to the page's console. */
interface PageChecks {
  forRolePage(message: unknown): unknown;
  forPracticePage(message: unknown): unknown;
}
function pageSide(): PageChecks & { warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  const code = fs.readFileSync(path.join(repoRoot, 'media', 'messages.js'), 'utf8');
  const checks = vm.runInNewContext(`${code}\npageMessages`, {
    console: { warn: (...args: unknown[]) => warnings.push(args) },
  }) as PageChecks;
  return {
    forRolePage: (message) => checks.forRolePage(message),
    forPracticePage: (message) => checks.forPracticePage(message),
    warnings,
  };
}

const counts = { done: 1, verified: 1, inProgress: 2, total: 14 };
const progress = {
  type: 'progress',
  states: { 'node-typescript': 'verified' },
  counts,
  summary: '1 of 14 skills done · 7%',
  proofs: { 'node-typescript': 'Verified 2026-12-02 by “Paginate” in my-api.' },
  next: { skillId: 'node-middleware', text: 'Middleware, because it is the first beginner skill you have not done.' },
  notes: { 'node-typescript': 'Strict mode <always>' },
};

describe('page messages', () => {
  describe('role page → extension', () => {
    it('accepts every valid message', () => {
      for (const state of SKILL_STATES) accepts(roleFromPage, { type: 'setSkillState', skillId: 'py-fastapi', state });
      accepts(roleFromPage, { type: 'scaffold' });
      accepts(roleFromPage, { type: 'openOverview' });
      accepts(roleFromPage, { type: 'checkExercise', exerciseId: 'paginate-tasks' });
      accepts(roleFromPage, { type: 'editNote', skillId: 'py-fastapi' });
      accepts(roleFromPage, { type: 'setSkillState', skillId: 'a'.repeat(100), state: 'done' });
    });

    const malformed: [string, unknown][] = [
      ['a missing skillId', { type: 'setSkillState', state: 'done' }],
      ['a missing state', { type: 'setSkillState', skillId: 'py-fastapi' }],
      ['a missing type', { skillId: 'py-fastapi', state: 'done' }],
      ['an extra field', { type: 'setSkillState', skillId: 'py-fastapi', state: 'done', extra: 1 }],
      ['an extra field on a bare message', { type: 'scaffold', roleId: 'python' }],
      ['a __proto__ field', JSON.parse('{"type":"openOverview","__proto__":{"polluted":true}}')],
      ['a numeric skillId', { type: 'setSkillState', skillId: 42, state: 'done' }],
      ['an unknown state', { type: 'setSkillState', skillId: 'py-fastapi', state: 'finished' }],
      ['a state only an exercise check can set', { type: 'setSkillState', skillId: 'py-fastapi', state: 'verified' }],
      ['a state of the wrong type', { type: 'setSkillState', skillId: 'py-fastapi', state: true }],
      ['an unknown type', { type: 'deleteEverything' }],
      ['an exercise id that is not an id', { type: 'checkExercise', exerciseId: '../../x' }],
      ['a check with an argv', { type: 'checkExercise', exerciseId: 'x', argv: ['rm', '-rf', '/'] }],
      ['a note on a path', { type: 'editNote', skillId: '../../etc/passwd' }],
      ['a note with its text (the page never sends one)', { type: 'editNote', skillId: 'x', text: 'overwrite' }],
      ['a type of the wrong type', { type: 7 }],
      ['an overview message', { type: 'openRole', roleId: 'python' }],
      ['a message for the page', progress],
      ['a skillId with ../', { type: 'setSkillState', skillId: '../etc/passwd', state: 'done' }],
      ['a skillId with a slash', { type: 'setSkillState', skillId: 'py/fastapi', state: 'done' }],
      ['an upper-case skillId', { type: 'setSkillState', skillId: 'Py-FastAPI', state: 'done' }],
      ['a 200-character skillId', { type: 'setSkillState', skillId: 'a'.repeat(200), state: 'done' }],
      ['a 101-character skillId', { type: 'setSkillState', skillId: 'a'.repeat(101), state: 'done' }],
      ['an empty skillId', { type: 'setSkillState', skillId: '', state: 'done' }],
      ['a skillId with a trailing newline', { type: 'setSkillState', skillId: 'py-fastapi\n', state: 'done' }],
      ['null', null],
      ['undefined', undefined],
      ['a string', 'setSkillState'],
      ['an array', [{ type: 'scaffold' }]],
      ['a number', 42],
    ];
    for (const [label, message] of malformed) {
      it(`refuses ${label}`, () => {
        rejects(roleFromPage, message);
      });
    }

    it('the reason quotes the message (shortened) and says what is wrong', () => {
      const reason = rejects(roleFromPage, { type: 'setSkillState', skillId: '../x', state: 'done' });
      assert.ok(reason.startsWith('malformed message: {"type":"setSkillState","skillId":"../x","state":"done"} ('));
      assert.match(reason, /\(skillId: .+\)$/);
      const long = rejects(roleFromPage, { type: 'setSkillState', skillId: 'x'.repeat(1000), state: 'done' });
      assert.ok(long.length < 400, `the logged copy is shortened (${long.length})`);
      assert.match(rejects(roleFromPage, null), /^malformed message: null \(message: .+\)$/);
    });
  });

  describe('extension → role page: the schema and the page agree', () => {
    const valid: [string, unknown][] = [
      ['progress', progress],
      ['progress in every state', { ...progress, states: Object.fromEntries(shownState.options.map((state, i) => [`skill-${i}`, state])) }],
      [
        'progress with no states',
        { ...progress, states: {}, counts: { done: 0, verified: 0, inProgress: 0, total: 0 }, summary: '', proofs: {} },
      ],
      [
        'progress with every skill done (no next skill)',
        { ...progress, next: { skillId: null, text: 'Every skill of this role is done.' } },
      ],
      ['reveal', { type: 'reveal', skillId: 'py-fastapi-background-tasks' }],
    ];
    for (const [label, message] of valid) {
      it(`both accept ${label}`, () => {
        accepts(roleToPage, message);
        const page = pageSide();
        assert.equal(page.forRolePage(message), message);
        assert.deepEqual(page.warnings, []);
      });
    }

    const malformed: [string, unknown][] = [
      ['an unknown state', { ...progress, states: { 'node-typescript': 'finished' } }],
      ['a state of the wrong type', { ...progress, states: { 'node-typescript': 1 } }],
      ['a states array', { ...progress, states: ['done'] }],
      ['a skill id that is not an id', { ...progress, states: { '<img src=x>': 'done' } }],
      ['missing states', { type: 'progress', counts, summary: '' }],
      ['missing counts', { type: 'progress', states: {}, summary: '' }],
      ['a negative count', { ...progress, counts: { ...counts, done: -1 } }],
      ['a fractional count', { ...progress, counts: { ...counts, total: 1.5 } }],
      ['a count as a string', { ...progress, counts: { ...counts, done: '1' } }],
      ['an extra count', { ...progress, counts: { ...counts, extra: 0 } }],
      ['a missing count', { ...progress, counts: { done: 1, inProgress: 0, total: 2 } }],
      ['a summary that is not text', { ...progress, summary: { html: '<b>' } }],
      ['missing proofs', { type: 'progress', states: {}, counts, summary: '' }],
      ['a proof that is not text', { ...progress, proofs: { 'node-typescript': { html: '<b>' } } }],
      ['a proof for an id that is not an id', { ...progress, proofs: { '<img>': 'x' } }],
      ['missing next', { ...progress, next: undefined }],
      ['a next skill that is not an id', { ...progress, next: { ...progress.next, skillId: '<img>' } }],
      ['a next line that is not text', { ...progress, next: { ...progress.next, text: 1 } }],
      ['a next line with an extra field', { ...progress, next: { ...progress.next, html: '<b>' } }],
      ['missing notes', { ...progress, notes: undefined }],
      ['a note for an id that is not an id', { ...progress, notes: { '<img>': 'x' } }],
      ['a note line that is not text', { ...progress, notes: { 'node-typescript': ['x'] } }],
      ['a note line longer than a first line', { ...progress, notes: { 'node-typescript': 'x'.repeat(201) } }],
      ['an extra field', { ...progress, html: '<script>' }],
      ['reveal without a skill', { type: 'reveal' }],
      ['reveal of a path', { type: 'reveal', skillId: '../x' }],
      ['reveal with an extra field', { type: 'reveal', skillId: 'x', then: 'y' }],
      ['an unknown type', { type: 'runScript', code: 'alert(1)' }],
      ['a message from the page', { type: 'scaffold' }],
      ['null', null],
      ['a string', 'progress'],
      ['an array', [progress]],
    ];
    for (const [label, message] of malformed) {
      it(`both refuse ${label}`, () => {
        rejects(roleToPage, message);
        const page = pageSide();
        assert.equal(page.forRolePage(message), undefined);
        assert.equal(page.warnings.length, 1, 'the page says so in its console');
      });
    }
  });

  describe('overview page', () => {
    it('accepts openRole with a role id', () => {
      accepts(overviewFromPage, { type: 'openRole', roleId: 'python' });
      accepts(overviewFromPage, { type: 'openRole', roleId: 'engineering-manager' });
    });

    for (const [label, message] of [
      ['a missing roleId', { type: 'openRole' }],
      ['an extra field', { type: 'openRole', roleId: 'python', x: 1 }],
      ['a roleId with ../', { type: 'openRole', roleId: '../python' }],
      ['an upper-case roleId', { type: 'openRole', roleId: 'Python' }],
      ['a 200-character roleId', { type: 'openRole', roleId: 'a'.repeat(200) }],
      ['a roleId of the wrong type', { type: 'openRole', roleId: ['python'] }],
      ['a role page message', { type: 'scaffold' }],
      ['null', null],
      ['a string', 'openRole'],
      ['an array', []],
      ['a number', 0],
    ] as [string, unknown][]) {
      it(`refuses ${label}`, () => {
        rejects(overviewFromPage, message);
      });
    }

    it('is sent nothing: the extension refuses any message for it', () => {
      for (const message of [progress, { type: 'reveal', skillId: 'x' }, { type: 'openRole', roleId: 'python' }, null])
        rejects(overviewToPage, message);
    });
  });

  describe('practice page', () => {
    it('accepts what the page may send', () => {
      accepts(practiceFromPage, { type: 'ready' });
      accepts(practiceFromPage, { type: 'openSettings' });
      for (const rating of ['again', 'hard', 'good', 'easy'])
        accepts(practiceFromPage, { type: 'rate', questionId: 'nodejs-event-loop', rating });
    });

    for (const [label, message] of [
      ['an unknown rating', { type: 'rate', questionId: 'nodejs-event-loop', rating: 'perfect' }],
      ['a rating as a number', { type: 'rate', questionId: 'nodejs-event-loop', rating: 3 }],
      ['a question id that is not an id', { type: 'rate', questionId: '../x', rating: 'good' }],
      ['a missing question id', { type: 'rate', rating: 'good' }],
      ['an extra field', { type: 'ready', due: 0 }],
      ['a role page message', { type: 'scaffold' }],
    ] as [string, unknown][]) {
      it(`refuses from the page ${label}`, () => {
        rejects(practiceFromPage, message);
      });
    }

    const card = {
      type: 'card',
      card: {
        questionId: 'nodejs-event-loop',
        role: 'Node.js/Express Developer',
        question: 'Explain the <b>event loop</b>.',
        answer: 'Phases: timers, poll, check…',
        kind: 'new',
        comesBack: { again: 'tomorrow', hard: 'in 2 days', good: 'in 3 days', easy: 'in 8 days' },
      },
      left: 4,
      reviewedToday: 2,
      streak: 3,
      summary: '4 cards left today · 2 reviewed today · 3 days in a row',
      status: '4 cards left today.',
    };
    for (const [label, message] of [
      ['a card', card],
      ['no card', { ...card, card: null, left: 0, status: 'Nothing left for today.' }],
    ] as [string, unknown][]) {
      it(`both sides accept ${label}`, () => {
        accepts(practiceToPage, message);
        const page = pageSide();
        assert.equal(page.forPracticePage(message), message);
        assert.deepEqual(page.warnings, []);
      });
    }
    for (const [label, message] of [
      ['a card kind of its own', { ...card, card: { ...card.card, kind: 'hard' } }],
      ['a missing rating preview', { ...card, card: { ...card.card, comesBack: { again: 'tomorrow' } } }],
      ['a card with an extra field', { ...card, card: { ...card.card, html: '<script>' } }],
      ['a question that is not text', { ...card, card: { ...card.card, question: ['x'] } }],
      ['a negative count', { ...card, left: -1 }],
      ['a fractional streak', { ...card, streak: 1.5 }],
      ['a missing status', { ...card, status: undefined }],
      ['a summary that is not text', { ...card, summary: 7 }],
      ['an extra field', { ...card, html: '<b>' }],
      ['a role page message', progress],
      ['null', null],
    ] as [string, unknown][]) {
      it(`both sides refuse ${label}`, () => {
        rejects(practiceToPage, message);
        const page = pageSide();
        assert.equal(page.forPracticePage(message), undefined);
        assert.equal(page.warnings.length, 1);
      });
    }
  });
});
