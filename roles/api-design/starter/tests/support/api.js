import { after } from 'node:test';
import { apiSpecPath, createApp } from '../../src/app.js';
import { Contract } from './contract.js';

export const API_KEY = 'test-key';
export const contract = new Contract(apiSpecPath);

/** @type {Set<import('node:http').Server>} */
const servers = new Set();
after(() => Promise.all([...servers].map((server) => new Promise((resolve) => server.close(resolve)))));

/**
 * Starts the API on a free port (closed after the test file's last test) and returns a client whose every
 * response is checked against openapi.yaml.
 * @param {Parameters<typeof createApp>[0]} [options]
 */
export async function startApi(options = {}) {
  const server = createApp({ apiKeys: [API_KEY], ...options }).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  servers.add(server);
  const origin = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  /**
   * @param {string} method
   * @param {string} path e.g. "/v1/tasks?limit=2"
   * @param {{ body?: unknown, contentType?: string, apiKey?: string | null }} [options] apiKey null sends none
   */
  async function request(method, path, { body, contentType = 'application/json', apiKey = API_KEY } = {}) {
    const headers = new Headers();
    if (apiKey !== null) headers.set('authorization', `Bearer ${apiKey}`);
    if (body !== undefined) headers.set('content-type', contentType);
    const response = await fetch(origin + path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: contract.check(method, origin + path, response, text) };
  }

  return { origin, request };
}
