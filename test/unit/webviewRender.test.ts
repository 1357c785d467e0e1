// The pages' markup (pure modules only): escaping of every catalog text, the page shell's CSP, the role page and
// the overview page.
import * as assert from 'node:assert/strict';
import type { Role } from '../../src/catalog/schema';
import type { SkillState } from '../../src/progress/progressData';
import type { Counts } from '../../src/progress/progressStore';
import { escapeHtml, html, SafeHtml } from '../../src/webviews/html';
import { renderOverviewBody } from '../../src/webviews/overviewPage';
import { createNonce, renderPage, type PageResources } from '../../src/webviews/pageShell';
import { renderPracticeBody } from '../../src/webviews/practicePage';
import { nextUp, progressSummary, renderRoleBody } from '../../src/webviews/rolePage';
import { realCatalog, roleOf } from './helpers';

const IMG = '<img src=x onerror=alert(1)>';
const QUOTES = `He said "hi" & it's <b>bold</b> x" onmouseover="alert(1)`;

/** Keys whose strings are identifiers or fixed vocabularies, not text a learner reads. */
const NOT_TEXT = new Set(['id', 'icon', 'level', 'levels', 'aliases', 'currency', 'period', 'role', 'skills']);

/** A deep copy of `value` with every text string replaced by `text`. */
function withEveryText<T>(value: T, text: string, key = ''): T {
  if (typeof value === 'string') return (NOT_TEXT.has(key) ? value : text) as T;
  if (Array.isArray(value)) {
    // Arrays of objects keep their objects' own keys; arrays of strings take the key of the array.
    return (value as unknown[]).map((item) => withEveryText(item, text, typeof item === 'string' ? key : '')) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEveryText(v, text, k)])) as T;
  }
  return value;
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

function statesOf(role: Role, states: Record<string, SkillState>) {
  const ids = role.skillGroups.flatMap((g) => g.skills.map((s) => s.id));
  const counts: Counts = {
    done: ids.filter((id) => states[id] === 'done').length,
    verified: 0,
    inProgress: ids.filter((id) => states[id] === 'in-progress').length,
    total: ids.length,
  };
  return { states, counts, proofs: {}, next: nextUp(undefined), notes: {} };
}

describe('html tag', () => {
  it('escapes interpolated text and keeps nested markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(
      html`<p title="${`"'&`}">${inner}${['<a>', 1, null, undefined, false]}</p>`.value,
      '<p title="&quot;&#39;&amp;"><b>&lt;i&gt;</b>&lt;a&gt;1</p>',
    );
    assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
    assert.ok(inner instanceof SafeHtml);
    assert.equal(String(inner), '<b>&lt;i&gt;</b>');
  });
});

describe('role page', () => {
  for (const [label, hostile, escaped] of [
    ['<img onerror>', IMG, escapeHtml(IMG)],
    ['quotes and ampersands', QUOTES, escapeHtml(QUOTES)],
  ] as const) {
    it(`every text field ${label}: rendered escaped, never as markup`, () => {
      const role = withEveryText(roleOf(realCatalog(), 'python'), hostile);
      assert.equal(role.title, hostile);
      assert.equal(role.skillGroups[0]?.skills[0]?.docs[0]?.url, hostile);
      const ids = role.skillGroups.flatMap((g) => g.skills.map((s) => s.id));
      const out = renderRoleBody(role, statesOf(role, { [ids[0]]: 'done', [ids[1]]: 'in-progress' })).value;
      assert.ok(!out.includes('<img'), 'no raw <img');
      assert.ok(!out.includes('<b>'), 'no raw <b>');
      assert.ok(!out.includes('" onmouseover="'), 'no attribute break-out');
      assert.ok(!out.includes(`it's`), 'single quotes escaped');
      // title, summary, each skill's name (label + aria-label), description, doc title and href, group titles,
      // projects, stack, patterns, interview: far more than a hundred places, all escaped.
      assert.ok(count(out, escaped) > 100, `escaped text present (${count(out, escaped)} times)`);
    });
  }

  it('the overview escapes every text too', () => {
    const catalog = withEveryText(realCatalog(), IMG);
    const counts = Object.fromEntries(catalog.roles.map((r) => [r.id, { done: 1, verified: 0, inProgress: 1, total: 3 }]));
    const out = renderOverviewBody(catalog, counts).value;
    assert.ok(!out.includes('<img'));
    assert.ok(count(out, escapeHtml(IMG)) >= 11 + 6 + 7);
  });

  describe('exercises', () => {
    const role = () => roleOf(realCatalog(), 'nodejs');
    const exercises = [{ id: 'paginate', title: 'Paginate <the> list', skills: ['node-typescript', 'node-express-fastify'] }];

    it('each exercise has a Check button and names the skills it practises; none without exercises', () => {
      const page = renderRoleBody(role(), statesOf(role(), {}), { exercises, trusted: true }).value;
      assert.match(page, /<h2 id="exercises-heading">Exercises<\/h2>/);
      assert.ok(page.includes('<button type="button" data-check-exercise="paginate" aria-label="Check Paginate &lt;the&gt; list">'));
      assert.ok(
        page.includes('Practises: TypeScript integration, Express.js &amp; Fastify frameworks'),
        page.slice(page.indexOf('Practises'), page.indexOf('Practises') + 200),
      );
      assert.ok(!page.includes('Restricted Mode'));
      assert.ok(!renderRoleBody(role(), statesOf(role(), {})).value.includes('exercises-heading'));
    });

    it('offers Create starter project unless the starter cannot be created now (a workspace role without one)', () => {
      const offers = (practice: Parameters<typeof renderRoleBody>[2]) =>
        renderRoleBody(role(), statesOf(role(), {}), practice).value.includes('data-action="scaffold"');
      assert.equal(offers(undefined), true);
      assert.equal(offers({ exercises, trusted: true, from: 'team' }), true, 'a workspace role with a starter');
      assert.equal(offers({ exercises, trusted: true, from: 'team', starterBlocked: true }), false);
    });

    it("shows the first line of the learner's note under its skill, escaped, and a button to edit it", () => {
      const page = renderRoleBody(role(), { ...statesOf(role(), {}), notes: { 'node-typescript': 'Use <strict> mode' } }).value;
      assert.ok(page.includes('<p class="note" data-note>✎ Use &lt;strict&gt; mode</p>'));
      assert.ok(
        page.includes('data-edit-note="node-typescript" title="Edit your note" aria-label="Edit your note on TypeScript integration"'),
      );
    });

    it('says what is next up and why, with a button to it; nothing to go to once every skill is done', () => {
      const middleware = { ...role().skillGroups[0].skills[0], id: 'node-middleware', name: 'Middleware <chains>' };
      const next = nextUp({ skill: middleware, reason: 'it is the first beginner skill you have not done' });
      const page = renderRoleBody(role(), { ...statesOf(role(), {}), next }).value;
      assert.ok(
        page.includes(
          '<span id="next-up-text">Middleware &lt;chains&gt;, because it is the first beginner skill you have not done.</span>',
        ),
      );
      assert.ok(page.includes('id="next-up-go" data-go-skill="node-middleware">Go to it</button>'));
      const done = renderRoleBody(role(), statesOf(role(), {})).value;
      assert.ok(done.includes('<span id="next-up-text">Every skill of this role is done.</span>'));
      assert.ok(done.includes('data-go-skill="" hidden>'));
    });

    it("an exercise of the role's other starter says which (the first starter's need not)", () => {
      const both = [...exercises, { id: 'guards', title: 'Guards', skills: ['node-typescript'], starter: 'Nest<JS>' }];
      const page = renderRoleBody(role(), statesOf(role(), {}), { exercises: both, trusted: true }).value;
      assert.equal(count(page, 'starter</span>'), 1);
      assert.match(page, /<h3>Guards<\/h3>\n<span class="badge level">Nest&lt;JS&gt; starter<\/span>/);
    });

    it("an exercise that also practises another role's skill names it", () => {
      const crossRole = [{ id: 'gateway', title: 'Gateway', skills: ['node-typescript', 'gql-federation'] }];
      const names = new Map([['gql-federation', 'Federation <subgraphs>']]);
      const page = renderRoleBody(role(), statesOf(role(), {}), {
        exercises: crossRole,
        trusted: true,
        skillName: (id) => names.get(id),
      }).value;
      assert.ok(page.includes('Practises: TypeScript integration, Federation &lt;subgraphs&gt;'));
    });

    it('in Restricted Mode the page says that Check asks for trust first, and the button stays on to ask', () => {
      const page = renderRoleBody(role(), statesOf(role(), {}), { exercises, trusted: false }).value;
      assert.ok(page.includes('<button type="button" data-check-exercise="paginate" aria-label="Check Paginate &lt;the&gt; list">'));
      assert.match(page, /Restricted Mode\. A check runs code from your project, so Check first asks you to trust this folder\./);
    });

    it('a read-only role (a workspace role in Restricted Mode) says so, and its checkboxes and buttons are off', () => {
      const skills = role().skillGroups.flatMap((g) => g.skills).length;
      const page = renderRoleBody(role(), statesOf(role(), {}), { exercises: [], trusted: false, readOnly: true }).value;
      assert.match(page, /this role comes from the folder, so it is read-only/);
      assert.equal(count(page, ' disabled'), 3 * skills, 'checkbox, in-progress and note buttons of every skill');
      const writable = renderRoleBody(role(), statesOf(role(), {}), { exercises: [], trusted: false }).value;
      assert.equal(count(writable, ' disabled'), 0);
      assert.ok(!writable.includes('read-only'));
    });

    it('a verified skill shows its badge and what proved it, escaped', () => {
      const progress = { ...statesOf(role(), { 'node-typescript': 'done' }), proofs: { 'node-typescript': 'Verified by “<b>x</b>”.' } };
      progress.states['node-typescript'] = 'verified' as SkillState;
      const page = renderRoleBody(role(), progress).value;
      assert.match(page, /data-skill="node-typescript" data-state="verified">/);
      assert.match(page, /<input type="checkbox" id="skill-node-typescript" data-skill="node-typescript" checked /);
      assert.ok(page.includes('<span class="badge state-badge" data-state-label>verified</span>'));
      assert.ok(page.includes('<p class="proof muted" data-proof>Verified by “&lt;b&gt;x&lt;/b&gt;”.</p>'));
    });
  });

  describe('with progress', () => {
    const role = () => roleOf(realCatalog(), 'python');
    const progress = () => statesOf(role(), { 'py-flask': 'done', 'py-django-admin': 'done', 'py-fastapi-async': 'in-progress' });
    const out = () => renderRoleBody(role(), progress()).value;

    it('done skills have checked boxes, the others not', () => {
      const page = out();
      assert.match(
        page,
        /<input type="checkbox" id="skill-py-flask" data-skill="py-flask" checked aria-describedby="skill-py-flask-desc">/,
      );
      assert.match(page, /<input type="checkbox" id="skill-py-django-admin" data-skill="py-django-admin" checked /);
      assert.match(page, /<input type="checkbox" id="skill-py-fastapi" data-skill="py-fastapi" aria-describedby/);
      assert.equal(count(page, ' checked '), 2);
      assert.equal(count(page, 'type="checkbox"'), progress().counts.total);
    });

    it('in-progress skills carry an "in progress" badge and a pressed button', () => {
      const page = out();
      const item = /<li class="skill" id="py-fastapi-async"[\s\S]*?<\/li>/.exec(page)?.[0] ?? '';
      assert.match(item, /data-state="in-progress"/);
      assert.match(item, /<span class="badge state-badge" data-state-label>in progress<\/span>/);
      assert.match(item, /data-in-progress="py-fastapi-async" aria-pressed="true"/);
      assert.equal(count(page, 'data-state-label>in progress<'), 1);
      assert.equal(count(page, 'aria-pressed="true"'), 1);
    });

    it('progress in words and per group', () => {
      const page = out();
      const { total } = progress().counts;
      const summary = `2 of ${total} skills done · ${Math.round(200 / total)}% · 1 in progress`;
      assert.equal(progressSummary({ done: 2, verified: 0, inProgress: 1, total: 17 }), '2 of 17 skills done · 12% · 1 in progress');
      assert.equal(progressSummary({ done: 0, verified: 0, inProgress: 0, total: 17 }), '0 of 17 skills done · 0%');
      assert.equal(progressSummary(progress().counts), summary);
      assert.ok(page.includes(`<p id="progress-text" aria-live="polite">${summary}</p>`));
      assert.ok(page.includes(`<progress id="role-progress" max="${total}" value="2"`));
      assert.ok(page.includes('data-group-count="framework-choices">1/4</span>'));
      assert.ok(page.includes('data-group-count="django">1/7</span>'));
    });

    it('demand as text, not only stars', () => {
      const page = out();
      assert.equal(role().market.demand, 4);
      assert.ok(page.includes('<span class="stars" aria-hidden="true">'));
      assert.ok(page.includes('<span>4 of 5</span>'));
      assert.equal(count(page, 'codicon-star-full'), 4);
      assert.equal(count(page, 'codicon-star-empty'), 1);
      assert.ok(page.includes('$130K–$160K a year (USA)'));
      assert.ok(page.includes('+22%'));
    });

    it('interview answers inside <details>', () => {
      const page = out();
      const interview = role().interview;
      assert.equal(count(page, '<details data-question='), interview.length);
      interview.forEach((q, i) => {
        assert.ok(
          page.includes(
            `<details data-question="${i}"><summary>${escapeHtml(q.question)}</summary><p>${escapeHtml(q.answer)}</p></details>`,
          ),
          `question ${i}`,
        );
      });
    });

    it('projects name the skills they practise', () => {
      assert.ok(out().includes('Practises: Flask'));
    });

    it('offers practice with the questions, and leaves the section out for a role without questions', () => {
      assert.equal(count(out(), 'data-action="practice"'), 1);
      const silent = renderRoleBody({ ...role(), interview: [] }, progress()).value;
      assert.ok(!silent.includes('interview-heading'));
      assert.ok(!silent.includes('data-action="practice"'));
    });
  });
});

describe('overview page', () => {
  const catalog = realCatalog();
  const counts: Record<string, Counts> = Object.fromEntries(
    catalog.roles.map((r, i) => [r.id, { done: i, verified: 0, inProgress: i % 2, total: r.skillGroups.flatMap((g) => g.skills).length }]),
  );
  const out = () => renderOverviewBody(catalog, counts).value;

  it('the job-market rows, in the guide order, with demand, salary and growth', () => {
    const page = out();
    const rows = [...page.matchAll(/<tr data-role="([a-z-]+)">([\s\S]*?)<\/tr>/g)];
    assert.deepEqual(
      rows.map((r) => r[1]),
      ['nodejs', 'python', 'java-spring', 'dotnet', 'graphql', 'microservices'],
    );
    const node = rows[0]?.[2] ?? '';
    assert.match(node, />Node\.js Dev<\/button>/);
    assert.match(node, /★★★★★<\/span> 5 of 5/);
    assert.match(node, /\$140K–\$180K a year \(USA\)/);
    assert.match(node, />\+18%<\/td>/);
    assert.match(rows[4]?.[2] ?? '', />\+25%<\/td>/);
    assert.ok(page.includes('Job market (2024-2025)'));
  });

  it('the 7 timeline phases', () => {
    const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(out())?.[1] ?? '';
    const phases = [...timeline.matchAll(/<li><span class="months">Months (\d+)–(\d+)<\/span><span class="focus">([^<]*)<\/span><\/li>/g)];
    assert.equal(phases.length, 7);
    assert.deepEqual(phases[0]?.slice(1), ['1', '3', 'Choose language, HTTP/REST fundamentals']);
    assert.deepEqual(phases[6]?.slice(1), ['19', '24', 'System design, leadership, optimization']);
    assert.equal(count(timeline, '<li>'), 7);
  });

  it('one SVG bar group per role, labelled for screen readers', () => {
    const page = out();
    const svg = /<svg class="chart" role="list" aria-label="Progress by role"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    const groups = [...svg.matchAll(/<g role="listitem" aria-label="([^"]*)">/g)].map((m) => m[1]);
    assert.equal(groups.length, 11);
    catalog.roles.forEach((role, i) => {
      const c = counts[role.id];
      assert.equal(groups[i], escapeHtml(`${role.title}: ${c.done} of ${c.total} skills done, ${c.inProgress} in progress`));
    });
    assert.ok(groups.includes(`Node.js/Express Developer: 1 of ${counts.nodejs?.total} skills done, 1 in progress`));
  });

  it('the summary adds up every role', () => {
    const done = Object.values(counts).reduce((s, c) => s + c.done, 0);
    const inProgress = Object.values(counts).reduce((s, c) => s + c.inProgress, 0);
    const total = Object.values(counts).reduce((s, c) => s + c.total, 0);
    assert.equal(done, 55);
    assert.equal(inProgress, 5);
    assert.ok(
      out().includes(
        `<p class="summary">11 backend roles. You have done 55 of ${total} skills (${Math.round((55 * 100) / total)}%), 5 in progress.</p>`,
      ),
    );
  });

  it('a role without counts renders an empty bar', () => {
    const page = renderOverviewBody(catalog, {}).value;
    assert.ok(page.includes('aria-label="Backend + DevOps Engineer: 0 of 0 skills done, 0 in progress"'));
    assert.ok(page.includes('You have done 0 of 0 skills (0%).'));
  });
});

describe('practice page', () => {
  it('escapes its title, and has a labelled question, an announced answer and four labelled rating keys', () => {
    const page = renderPracticeBody(IMG).value;
    assert.ok(page.includes(`<h1>${escapeHtml(IMG)}</h1>`));
    assert.ok(!page.includes('<img'));
    assert.match(page, /<section id="card"[^>]*aria-labelledby="question"/);
    assert.match(page, /<div id="answer-region" aria-live="polite">/);
    assert.match(page, /<textarea id="scratch"/);
    assert.match(page, /<label for="scratch">/);
    for (const [i, rating] of ['again', 'hard', 'good', 'easy'].entries()) {
      assert.match(page, new RegExp(`<button type="button" data-rating="${rating}" aria-keyshortcuts="${i + 1}">`));
    }
    assert.match(page, /id="reveal" aria-keyshortcuts="Space"/);
  });
});

describe('page shell', () => {
  const resources: PageResources = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'n0Nc3+/=abc',
    styleUris: [
      'https://file+.vscode-resource.vscode-cdn.net/ext/dist/codicons/codicon.css',
      'https://file+.vscode-resource.vscode-cdn.net/ext/media/page.css',
    ],
    scriptUris: [
      'https://file+.vscode-resource.vscode-cdn.net/ext/media/messages.js',
      'https://file+.vscode-resource.vscode-cdn.net/ext/media/role.js',
    ],
  };
  const decode = (s: string) =>
    s
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const page = () => renderPage(`Title ${IMG}`, html`<main>body</main>`, resources, { role: 'python', quote: `a"b` });

  function csp(out: string): Map<string, string[]> {
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(out)?.[1];
    assert.ok(content, 'a CSP meta tag');
    return new Map(
      decode(content)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
  }

  it("has a CSP with default-src 'none' and a script nonce matching the script tags, in order", () => {
    const out = page();
    const policy = csp(out);
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('script-src'), [`'nonce-${resources.nonce}'`]);
    assert.deepEqual(policy.get('style-src'), [resources.cspSource]);
    const scripts = [...out.matchAll(/<script\b([^>]*)>/g)];
    assert.equal(scripts.length, 2);
    resources.scriptUris.forEach((uri, i) => {
      assert.equal(decode(/nonce="([^"]*)"/.exec(scripts[i]?.[1] ?? '')?.[1] ?? ''), resources.nonce);
      assert.match(scripts[i]?.[1] ?? '', new RegExp(`src="${uri.replace(/[.+/]/g, '\\$&')}"`));
    });
  });

  it("allows no 'unsafe-inline', no 'unsafe-eval' and no other origin", () => {
    const out = decode(page());
    assert.ok(!out.includes('unsafe-inline'));
    assert.ok(!out.includes('unsafe-eval'));
    const allowed = new Set([resources.cspSource, ...resources.scriptUris, ...resources.styleUris]);
    const urls = out.match(/https?:\/\/[^\s"';<>]+/g) ?? [];
    assert.ok(urls.length >= 4);
    for (const url of urls) assert.ok(allowed.has(url), `unexpected URL ${url}`);
  });

  it('links the stylesheets, escapes the title and the body data', () => {
    const out = page();
    for (const uri of resources.styleUris) assert.ok(out.includes(`<link rel="stylesheet" href="${uri}">`));
    assert.ok(out.includes(`<title>Title ${escapeHtml(IMG)}</title>`));
    assert.ok(!out.includes('<img'));
    assert.ok(out.includes('<body data-role="python" data-quote="a&quot;b">'));
    assert.ok(out.includes('<main>body</main>'));
    assert.ok(out.startsWith('<!DOCTYPE html>'));
  });

  it('writes camelCase body data as the data-* attribute that dataset reads back', () => {
    const out = renderPage('t', html`x`, resources, { focusSkill: 'py-fastapi' });
    assert.ok(out.includes('<body data-focus-skill="py-fastapi">'), out);
  });

  it('createNonce: 128 random bits, base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  });
});
