// Shared by the exercise checks: your app on a free port, and a client whose every response is checked against
// the description of its version (openapi.yaml for /v1, openapi.v2.yaml for /v2) by the starter's own contract
// checker, so a check passes only when the description and the server agree.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createApp } from '../../src/app.js';
import { Contract } from '../../tests/support/contract.js';

/** An API key on the `pro` plan (exercise "Quotas by plan"), so that the checks stay clear of the free quota. */
export const KEY = 'exercise-key';
/** An API key on the `free` plan. */
export const FREE_KEY = 'exercise-free-key';
export const MERGE_PATCH = 'application/merge-patch+json';

/** @type {Set<import('node:http').Server>} */
const servers = new Set();
after(() => Promise.all([...servers].map(closeServer)));

/** Closes a server, ending connections still open (a stream the check did not finish reading). */
export function closeServer(server) {
  servers.delete(server);
  return new Promise((resolve) => {
    server.close(() => resolve(undefined));
    server.closeAllConnections();
  });
}

/** @type {Map<string, Contract>} */
const contracts = new Map();

/** The contract of a description file of the project, read once per check. */
export function contractOf(file) {
  if (!contracts.has(file)) {
    assert.ok(existsSync(file), `${file} is missing: create it`);
    contracts.set(file, new Contract(file));
  }
  return /** @type {Contract} */ (contracts.get(file));
}

/** The description that documents a request path: openapi.v2.yaml for /v2, openapi.yaml for everything else. */
export function contractFor(path) {
  return contractOf(path.startsWith('/v2/') ? 'openapi.v2.yaml' : 'openapi.yaml');
}

/**
 * Starts your app (createApp with `options`, plus both check keys) on a free port; the server closes after the
 * check's last test. `api.server` is the http.Server, for checks that attach more to it.
 * @param {Record<string, unknown>} [options]
 */
export async function startApi(options = {}) {
  const app = createApp({ apiKeys: [KEY, FREE_KEY], plans: { [KEY]: 'pro' }, ...options });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  servers.add(server);
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  /**
   * Sends a request and checks the response against the description.
   * @param {string} method
   * @param {string} path e.g. "/v1/tasks?limit=2"
   * @param {{ body?: unknown, contentType?: string, apiKey?: string | null, headers?: Record<string, string> }} [init]
   */
  async function request(method, path, { body, contentType = 'application/json', apiKey = KEY, headers = {} } = {}) {
    const sent = new Headers(headers);
    if (apiKey !== null) sent.set('authorization', `Bearer ${apiKey}`);
    if (body !== undefined) sent.set('content-type', contentType);
    const response = await fetch(origin + path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const checked = contractFor(path).check(method, origin + path, response, text);
    return { status: response.status, headers: response.headers, body: checked, text };
  }

  return { app, server, origin, request };
}

/** @type {ReturnType<typeof startApi> | undefined} */
let shared;

/** One app with the default options, shared by the tests of a check (starting one compiles the description). */
export function sharedApi() {
  shared ??= startApi();
  return shared;
}

/** "201 {…}" for messages, cut short. */
export function answer(response) {
  const text = response.text ?? '';
  return `${response.status}${text ? ` ${text.length > 300 ? `${text.slice(0, 300)}…` : text}` : ''}`;
}

/** Creates a task through POST /v1/tasks, failing the test unless it answers 201. */
export async function createTask(api, fields = {}) {
  const created = await api.request('POST', '/v1/tasks', { body: { title: 'A task', ...fields } });
  assert.equal(created.status, 201, `POST /v1/tasks should answer 201; got ${answer(created)}`);
  return created.body;
}

/**
 * PATCH or DELETE a task as a careful client does: read its ETag first and send it in If-Match when the API
 * has one (exercise "No lost updates"), so the checks work with or without that exercise done.
 */
export async function changeTask(api, method, path, body) {
  const current = await fetch(api.origin + path, { headers: { authorization: `Bearer ${KEY}` } });
  const etag = current.headers.get('etag');
  const headers = etag && !etag.startsWith('W/') ? { 'if-match': etag } : {};
  return api.request(method, path, { body, contentType: MERGE_PATCH, headers });
}

/**
 * A named export of a project module that the exercise asks you to write; fails the test with what to create
 * when the module or the export is missing.
 */
export async function projectExport(file, name) {
  assert.ok(existsSync(file), `${file} is missing: create it and export ${name} from it`);
  const module = await import(pathToFileURL(file).href);
  assert.equal(typeof module[name], 'function', `${file} should export a function named ${name}`);
  return module[name];
}

/** The target of the Link header's entry with this rel (RFC 8288), or undefined. */
export function linkTo(headers, rel) {
  for (const entry of (headers.get('link') ?? '').split(/,\s*(?=<)/)) {
    const match = entry.match(/^<([^>]*)>(.*)$/);
    if (match && new RegExp(`;\\s*rel="?([^";]* )?${rel}( [^";]*)?"?(;|$)`).test(match[2])) return match[1];
  }
  return undefined;
}
