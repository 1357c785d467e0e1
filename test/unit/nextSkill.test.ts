// "What next": the next skill of a role (lowest level left, in progress first at that level) and the role the
// learner worked on last (ticks, starts and exercise checks; not unticks).
import * as assert from 'node:assert/strict';
import type { ShownState } from '../../src/progress/progressData';
import { lastWorkedAt, lastWorkedRole, nextSkill } from '../../src/progress/nextSkill';
import { realCatalog, roleOf } from './helpers';

describe('what next', () => {
  const python = () => roleOf(realCatalog(), 'python');
  const states =
    (given: Record<string, ShownState>) =>
    (id: string): ShownState =>
      given[id] ?? 'not-started';

  it('a fresh role starts at its first beginner skill', () => {
    const next = nextSkill(python(), states({}));
    assert.equal(next?.skill.id, 'py-fastapi');
    assert.equal(next?.reason, 'it is the first beginner skill you have not done');
  });

  it('skips what is done or verified, and prefers a skill in progress at the lowest level left', () => {
    const next = nextSkill(python(), states({ 'py-fastapi': 'verified', 'py-django': 'done', 'py-django-admin': 'in-progress' }));
    assert.equal(next?.skill.id, 'py-django-admin');
    assert.equal(next?.reason, 'you started it, and beginner is the lowest level you have left');
  });

  it('a skill in progress at a higher level waits until the lower level is done', () => {
    const beginner = python()
      .skillGroups.flatMap((g) => g.skills)
      .filter((s) => s.level === 'beginner');
    const done = Object.fromEntries(beginner.map((s) => [s.id, 'done' as const]));
    assert.equal(nextSkill(python(), states({ 'py-django-caching': 'in-progress' }))?.skill.id, 'py-fastapi');
    const next = nextSkill(python(), states({ ...done, 'py-django-signals': 'in-progress', 'py-django-caching': 'in-progress' }));
    assert.equal(next?.skill.id, 'py-django-signals');
  });

  it('a role with every skill done has no next skill', () => {
    const all = Object.fromEntries(python().skillGroups.flatMap((g) => g.skills.map((s) => [s.id, 'done' as const])));
    assert.equal(nextSkill(python(), states(all)), undefined);
  });

  it('the role worked on last holds the latest tick, start or check; an untick is not work', () => {
    assert.equal(lastWorkedAt({ state: 'not-started', changedAt: 50 }, undefined), undefined);
    assert.equal(lastWorkedAt({ state: 'in-progress', changedAt: 50 }, { failedAt: 70, passedAt: 60 }), 70);
    const worked = new Map([
      ['node-typescript', 100],
      ['py-fastapi', 300],
      ['spring-aop', 200],
    ]);
    assert.equal(lastWorkedRole(realCatalog().roles, (id) => worked.get(id))?.id, 'python');
    assert.equal(
      lastWorkedRole(realCatalog().roles, () => undefined),
      undefined,
    );
  });
});
