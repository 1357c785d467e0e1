// The translations: every string the extension shows has a Spanish entry (runtime bundle and manifest), with the
// same placeholders, and the shipped Spanish bundle really comes out of the pure modules once loaded.
import * as l10n from '@vscode/l10n';
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { nextSkill } from '../../src/progress/nextSkill';
import { comesBackIn, dayFigures } from '../../src/practice/wording';
import { projectNameProblem } from '../../src/scaffold/projectName';
import { trustRequest } from '../../src/trust/trustGate';
import { renderPracticeBody } from '../../src/webviews/practicePage';
import { progressSummary, renderRoleBody, nextUp } from '../../src/webviews/rolePage';
import { realCatalog, repoRoot, roleOf } from './helpers';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

const readJson = <T>(...parts: string[]): T => JSON.parse(fs.readFileSync(path.join(repoRoot, ...parts), 'utf8')) as T;
const messageOf = (entry: Bundle[string]) => (typeof entry === 'string' ? entry : entry.message);
const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

/** Spanish must name exactly the English keys, each translated (not empty) with the same placeholders. */
function assertComplete(english: Bundle, spanish: Bundle, what: string): void {
  const missing = Object.keys(english).filter((key) => !(key in spanish));
  const extra = Object.keys(spanish).filter((key) => !(key in english));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${what}: Spanish keys differ from English`);
  for (const [key, entry] of Object.entries(english)) {
    const translated = messageOf(spanish[key]);
    assert.ok(translated.trim(), `${what}: "${key}" has an empty Spanish entry`);
    assert.deepEqual(placeholders(translated), placeholders(messageOf(entry)), `${what}: "${key}" has other placeholders in Spanish`);
  }
}

describe('translations', () => {
  const runtime = readJson<Bundle>('l10n', 'bundle.l10n.json');
  const runtimeEs = readJson<Bundle>('l10n', 'bundle.l10n.es.json');

  it('every runtime string (l10n/bundle.l10n.json) has a Spanish entry, and Spanish has no other', () => {
    assert.ok(Object.keys(runtime).length > 250, 'the extracted bundle looks empty: run npm run l10n');
    assertComplete(runtime, runtimeEs, 'l10n/bundle.l10n.es.json');
  });

  it("every %key% of package.json is in package.nls.json and package.nls.es.json, and they hold no key it doesn't use", () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const used = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
    const nls = readJson<Bundle>('package.nls.json');
    assert.ok(used.length > 40, 'package.json names few %keys%: are its strings still written out?');
    assert.deepEqual(Object.keys(nls).sort(), used, 'package.nls.json keys differ from the %keys% of package.json');
    assertComplete(nls, readJson<Bundle>('package.nls.es.json'), 'package.nls.es.json');
  });

  describe('with the shipped Spanish bundle loaded', () => {
    before(() => l10n.config({ contents: runtimeEs }));
    // Back to English (no bundle) for the other suites, which run in this process.
    after(() => l10n.config({ contents: {} }));

    it('practice wording and figures come out in Spanish, placeholders filled', () => {
      assert.equal(comesBackIn(3 * 24 * 60 * 60 * 1000), 'en 3 días');
      assert.equal(comesBackIn(24 * 60 * 60 * 1000), 'mañana');
      assert.equal(dayFigures(7, 3, 2), 'quedan 7 tarjetas hoy · repasadas hoy: 3 · 2 días seguidos');
    });

    it('errors and requests speak Spanish: project names, trust', () => {
      assert.equal(projectNameProblem(''), 'Escribe un nombre de proyecto.');
      assert.equal(projectNameProblem('x'.repeat(70)), 'Un nombre de proyecto tiene como máximo 64 caracteres (este tiene 70).');
      assert.equal(trustRequest('check').refused, 'La comprobación no se ejecutó: esta carpeta no es de confianza.');
    });

    it('the pages render Spanish words, with the catalog content as it is', () => {
      const role = roleOf(realCatalog(), 'nodejs');
      const next = nextUp(nextSkill(role, () => 'not-started'));
      assert.match(next.text, /, porque es la primera habilidad de nivel principiante que no has hecho\.$/);
      assert.equal(
        progressSummary({ done: 2, verified: 1, inProgress: 1, total: 17 }),
        '2 de 17 habilidades hechas · 12% · verificadas: 1 · 1 en curso',
      );
      const counts = { done: 0, verified: 0, inProgress: 0, total: 1 };
      const page = renderRoleBody(role, { states: {}, counts, proofs: {}, next, notes: {} }).toString();
      assert.match(page, /<h2 id="skills-heading">Habilidades<\/h2>/);
      assert.match(page, /aria-label="Marcar [^"]+ como en curso"/);
      assert.match(page, new RegExp(`<h1 tabindex="-1">${role.title}</h1>`));
      const practice = renderPracticeBody('Node.js').toString();
      assert.match(practice, /Mostrar respuesta/);
      assert.match(practice, /<kbd>Espacio<\/kbd> muestra la respuesta; después <kbd>1<\/kbd> Otra vez/);
    });
  });
});
