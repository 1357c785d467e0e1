// Messages from the pages are untrusted: the schemas accept exactly the valid ones; parseMessage rejects the rest
// with a reason and returns undefined.
import * as assert from 'node:assert/strict';
import { overviewPageMessage, parseMessage, rolePageMessage } from '../../src/webviews/messages';

type Schema = typeof rolePageMessage | typeof overviewPageMessage;

function parse(schema: Schema, message: unknown): { value: unknown; reasons: string[] } {
  const reasons: string[] = [];
  const value = parseMessage(schema as typeof rolePageMessage, message, (reason) => reasons.push(reason));
  return { value, reasons };
}

function accepts(schema: Schema, message: unknown): void {
  const { value, reasons } = parse(schema, message);
  assert.deepEqual(reasons, []);
  assert.deepEqual(value, message);
}

function rejects(schema: Schema, message: unknown): string {
  const { value, reasons } = parse(schema, message);
  assert.equal(value, undefined);
  assert.equal(reasons.length, 1, 'reject is called once');
  assert.match(reasons[0] as string, /^ignored a malformed message from a page: .* \(.+\)$/s);
  return reasons[0] as string;
}

describe('page messages', () => {
  describe('role page', () => {
    it('accepts every valid message', () => {
      for (const state of ['not-started', 'in-progress', 'done']) accepts(rolePageMessage, { type: 'setSkillState', skillId: 'py-fastapi', state });
      accepts(rolePageMessage, { type: 'scaffold' });
      accepts(rolePageMessage, { type: 'openOverview' });
      accepts(rolePageMessage, { type: 'setSkillState', skillId: 'a'.repeat(100), state: 'done' });
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
      ['a state of the wrong type', { type: 'setSkillState', skillId: 'py-fastapi', state: true }],
      ['an unknown type', { type: 'deleteEverything' }],
      ['a type of the wrong type', { type: 7 }],
      ['an overview message', { type: 'openRole', roleId: 'python' }],
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
      it(`rejects ${label}`, () => {
        rejects(rolePageMessage, message);
      });
    }

    it('the reason quotes the message (shortened) and says what is wrong', () => {
      const reason = rejects(rolePageMessage, { type: 'setSkillState', skillId: '../x', state: 'done' });
      assert.ok(reason.startsWith('ignored a malformed message from a page: {"type":"setSkillState","skillId":"../x","state":"done"} ('));
      assert.match(reason, /\(skillId: .+\)$/);
      const long = rejects(rolePageMessage, { type: 'setSkillState', skillId: 'x'.repeat(1000), state: 'done' });
      assert.ok(long.length < 400, `the logged copy is shortened (${long.length})`);
      assert.match(rejects(rolePageMessage, null), /^ignored a malformed message from a page: null \(message: .+\)$/);
    });
  });

  describe('overview page', () => {
    it('accepts openRole with a role id', () => {
      accepts(overviewPageMessage, { type: 'openRole', roleId: 'python' });
      accepts(overviewPageMessage, { type: 'openRole', roleId: 'engineering-manager' });
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
      it(`rejects ${label}`, () => {
        rejects(overviewPageMessage, message);
      });
    }
  });
});
