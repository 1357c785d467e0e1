// Reference solution of nodejs/idempotent-retries: a middleware that remembers the first answer per user and
// Idempotency-Key (in memory; Redis or a table when several instances run), mounted on POST /tasks.
const middleware = `import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { currentUser } from '../auth/require-auth.js';
import { HttpError } from '../errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

type Entry =
  | { state: 'running'; fingerprint: string; expiresAt: number }
  | { state: 'done'; fingerprint: string; expiresAt: number; status: number; headers: Record<string, string>; body: unknown };

/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'];

/**
 * Makes a POST safe to retry: the first answer per user and \`Idempotency-Key\` is kept for a day, and a retry with
 * the same key and body gets it again (with \`Idempotent-Replayed: true\`) instead of running twice. Server errors
 * (5xx) are not kept, so their retries run again. Mount it after requireAuth.
 */
export function idempotency(): RequestHandler {
  const entries = new Map<string, Entry>();

  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (key === undefined) {
      next();
      return;
    }
    if (key.length === 0 || key.length > 255) throw new HttpError(400, 'validation_failed', 'Idempotency-Key must be 1 to 255 characters');
    const now = Date.now();
    for (const [id, entry] of entries) if (entry.expiresAt <= now) entries.delete(id);

    const id = \`\${currentUser(req).id}\\n\${key}\`;
    const fingerprint = createHash('sha256').update(\`\${req.method} \${req.originalUrl}\\n\${JSON.stringify(req.body)}\`).digest('base64url');
    const known = entries.get(id);
    if (known && known.fingerprint !== fingerprint) {
      throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request');
    }
    if (known?.state === 'running') {
      throw new HttpError(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still running; retry later');
    }
    if (known?.state === 'done') {
      res.status(known.status).set(known.headers).set('Idempotent-Replayed', 'true').json(known.body);
      return;
    }

    const entry: Entry = { state: 'running', fingerprint, expiresAt: now + DAY_MS };
    entries.set(id, entry);
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode < 500) {
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_HEADERS) {
          const value = res.get(name);
          if (value !== undefined) headers[name] = value;
        }
        entries.set(id, { state: 'done', fingerprint, expiresAt: entry.expiresAt, status: res.statusCode, headers, body });
      }
      return json(body);
    };
    // A server error, or a response that never got a body: forget the key so the client can try again.
    res.once('close', () => {
      if (entries.get(id) === entry) entries.delete(id);
    });
    next();
  };
}
`;

export default () => [
  { file: 'src/middleware/idempotency.ts', content: middleware },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { currentUser } from '../auth/require-auth.js';`,
    with: `import { currentUser } from '../auth/require-auth.js';\nimport { idempotency } from '../middleware/idempotency.js';`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `  router.post('/', async (req, res) => {`,
    with: `  router.post('/', idempotency(), async (req, res) => {`,
  },
];
