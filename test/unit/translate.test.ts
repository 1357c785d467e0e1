// The catalog in the display language: roles/<role-id>/role.<locale>.yaml gives a role's texts by id, anything
// it leaves out stays English, other roles and other languages are untouched, and the build says how much is done.
import * as assert from 'node:assert/strict';
import type { Catalog } from '../../src/catalog/schema';
import { translateCatalog, translationCoverage } from '../../src/catalog/translate';
import { realCatalog, roleOf } from './helpers';

describe('catalog translations', () => {
  const english = realCatalog();

  it('Spanish shows the translated role in Spanish, by id, and every other role in English', () => {
    const spanish = translateCatalog(english, 'es');
    const beginner = roleOf(spanish, 'backend-beginner');
    assert.equal(beginner.title, 'De principiante en backend a desarrollador junior');
    const skill = beginner.skillGroups[0].skills.find((s) => s.id === 'basics-http-rest');
    assert.equal(skill?.name, 'Fundamentos de HTTP y principios REST');
    assert.deepEqual(
      beginner.skillGroups.flatMap((g) => g.skills.map((s) => s.id)),
      roleOf(english, 'backend-beginner').skillGroups.flatMap((g) => g.skills.map((s) => s.id)),
      'ids stay as they are, so progress is the same',
    );
    assert.deepEqual(roleOf(spanish, 'nodejs'), roleOf(english, 'nodejs'));
    assert.deepEqual(beginner.projects, roleOf(english, 'backend-beginner').projects, 'what has no ids stays English');
  });

  it('a regional display language takes its language; others, and names of Object.prototype, change nothing', () => {
    assert.equal(
      roleOf(translateCatalog(english, 'es-MX'), 'backend-beginner').title,
      roleOf(translateCatalog(english, 'es'), 'backend-beginner').title,
    );
    for (const language of ['en', 'de', 'constructor', '__proto__']) assert.equal(translateCatalog(english, language), english, language);
  });

  it('field by field: what a translation leaves out stays English', () => {
    const partial: Catalog = {
      ...english,
      translations: { es: { nodejs: { title: 'Desarrollador Node.js', skills: { 'node-typescript': { name: 'TypeScript a fondo' } } } } },
    };
    const nodejs = roleOf(translateCatalog(partial, 'es'), 'nodejs');
    const original = roleOf(english, 'nodejs');
    assert.equal(nodejs.title, 'Desarrollador Node.js');
    assert.equal(nodejs.summary, original.summary);
    const skill = nodejs.skillGroups.flatMap((g) => g.skills).find((s) => s.id === 'node-typescript');
    const before = original.skillGroups.flatMap((g) => g.skills).find((s) => s.id === 'node-typescript');
    assert.equal(skill?.name, 'TypeScript a fondo');
    assert.equal(skill?.description, before?.description);
  });

  it('the build reports each language: roles translated and texts covered', () => {
    assert.deepEqual(translationCoverage(english), ['es: 1 of 11 roles translated (texts: backend-beginner 37/37)']);
  });
});
