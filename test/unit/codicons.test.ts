// The pages' icons: dist/codicons/codicon.css (from `npm run build`) holds only the codicons the build saw named in
// the pages' code and the catalog, so an icon whose name is put together at run time would show as nothing. Every
// icon a page can show, rendered or set by its script, must have its rule.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { skillIdsOfRole } from '../../src/catalog/catalogIndex';
import { renderOverviewBody } from '../../src/webviews/overviewPage';
import { renderPracticeBody } from '../../src/webviews/practicePage';
import { nextUp, renderRoleBody } from '../../src/webviews/rolePage';
import { realCatalog, repoRoot } from './helpers';

const CODICON = /\bcodicon-([a-z0-9]+(?:-[a-z0-9]+)*)/g;
const namesIn = (text: string) => [...text.matchAll(CODICON)].map(([, name]) => name);

describe('codicons', () => {
  let defined: Set<string>;
  before(() => {
    const css = path.join(repoRoot, 'dist', 'codicons', 'codicon.css');
    if (!fs.existsSync(css)) throw new Error(`${css} is missing: run \`npm run build\` before the unit tests`);
    defined = new Set([...fs.readFileSync(css, 'utf8').matchAll(/^\.codicon-([a-z0-9-]+)\{/gm)].map(([, name]) => name));
  });

  it('every icon of every role page (each star of its demand, the untrusted notice…), the overview and the practice page', () => {
    const catalog = realCatalog();
    const pages = catalog.roles.flatMap((role) => {
      const ids = skillIdsOfRole(role);
      const progress = {
        states: {},
        counts: { done: 0, verified: 0, inProgress: 0, total: ids.length },
        proofs: {},
        next: nextUp(undefined),
        notes: {},
      };
      const exercises = [{ id: 'x', title: 'X', skills: ids.slice(0, 1) }];
      return [true, false].map((trusted) => renderRoleBody(role, progress, { exercises, trusted }).value);
    });
    pages.push(renderOverviewBody(catalog, {}).value, renderPracticeBody('Deck').value);
    const shown = new Set(pages.flatMap(namesIn));
    assert.ok(shown.has('star-full') && shown.has('star-empty') && shown.has('shield'), [...shown].join(' '));
    assert.deepEqual(
      [...shown].filter((name) => !defined.has(name)),
      [],
    );
  });

  it('every icon the page scripts set', () => {
    const media = path.join(repoRoot, 'media');
    const scripts = fs.readdirSync(media).filter((name) => name.endsWith('.js'));
    const set = scripts.flatMap((name) => namesIn(fs.readFileSync(path.join(media, name), 'utf8')));
    assert.ok(set.includes('arrow-up'), set.join(' '));
    assert.deepEqual(
      set.filter((name) => !defined.has(name)),
      [],
    );
  });
});
