// The walkthrough in package.json: every step has its Markdown media in the package, completes on an event, and its
// button runs a command that exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers';

interface Step {
  id: string;
  description: string;
  media: { markdown: string };
  completionEvents: string[];
}
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: { steps: Step[] }[]; commands: { command: string }[]; views: Record<string, { id: string }[]> };
};

describe('walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const commands = new Set(manifest.contributes.commands.map((c) => c.command));
  const views = Object.values(manifest.contributes.views)
    .flat()
    .map((v) => `${v.id}.focus`);

  it('has the six steps of a first session, each completing on an event', () => {
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['browse', 'tick', 'page', 'starter', 'check', 'practise'],
    );
    for (const step of walkthrough.steps) assert.ok(step.completionEvents.length > 0, step.id);
  });

  it('ships each step’s Markdown in every language of package.nls.*.json, its text in that language', () => {
    const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!media\/walkthrough\/\*\*\/\*\.md$/m);
    const languages = fs.readdirSync(repoRoot).filter((name) => /^package\.nls(\.[\w-]+)?\.json$/.test(name));
    assert.deepEqual(languages.sort(), ['package.nls.es.json', 'package.nls.json']);
    const shipped = new Set<string>();
    for (const language of languages) {
      const strings = JSON.parse(fs.readFileSync(path.join(repoRoot, language), 'utf8')) as Record<string, string>;
      for (const step of walkthrough.steps) {
        const key = /^%(.+)%$/.exec(step.media.markdown)?.[1];
        assert.ok(key, `${step.id}: the media is localized through a %key%`);
        const file = strings[key];
        assert.ok(file && fs.existsSync(path.join(repoRoot, file)), `${language}: ${step.id} → ${file}`);
        shipped.add(file);
      }
    }
    assert.equal(shipped.size, walkthrough.steps.length * languages.length, 'each language has its own files');
  });

  it('links only commands that exist', () => {
    for (const step of walkthrough.steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(commands.has(command) || views.includes(command) || command.startsWith('workbench.'), `${step.id}: ${command}`);
      }
    }
  });
});
