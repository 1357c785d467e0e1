// Handlers for /v1/tasks. By the time they run, express-openapi-validator has checked the request against
// openapi.yaml (types, enums, required fields, unknown fields) and applied parameter defaults.
import { Router } from 'express';
import { HttpProblem } from './problems.js';

/** @param {import('./store.js').TaskStore} store */
export function tasksRouter(store) {
  const router = Router();

  router.get('/tasks', (req, res) => {
    const { limit, cursor, status, assignee } = req.query;
    const { tasks, lastSeq } = store.list({
      limit: Number(limit),
      afterSeq: cursor === undefined ? 0 : decodeCursor(String(cursor)),
      status,
      assignee,
    });

    const nextCursor = lastSeq === null ? null : encodeCursor(lastSeq);
    if (nextCursor) {
      const next = new URLSearchParams({ ...req.query, cursor: nextCursor });
      res.set('Link', `<${req.baseUrl}/tasks?${next}>; rel="next"`);
    }
    res.json({ data: tasks, nextCursor });
  });

  router.post('/tasks', (req, res) => {
    const task = store.create(req.body);
    res.status(201).location(`${req.baseUrl}/tasks/${task.id}`).json(task);
  });

  router.get('/tasks/:taskId', (req, res) => {
    res.json(findTask(store, req.params.taskId));
  });

  router.patch('/tasks/:taskId', (req, res) => {
    findTask(store, req.params.taskId);
    res.json(store.update(req.params.taskId, req.body));
  });

  router.delete('/tasks/:taskId', (req, res) => {
    findTask(store, req.params.taskId);
    store.delete(req.params.taskId);
    res.status(204).end();
  });

  return router;
}

/** @param {import('./store.js').TaskStore} store @param {string} id */
function findTask(store, id) {
  const task = store.get(id);
  if (!task) throw new HttpProblem(404, { detail: `There is no task ${id}.` });
  return task;
}

// Cursors are opaque to clients, so the encoding can change without a new API version.
/** @param {number} seq */
function encodeCursor(seq) {
  return Buffer.from(JSON.stringify({ after: seq })).toString('base64url');
}

/** @param {string} cursor */
function decodeCursor(cursor) {
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(after) && after >= 0) return after;
  } catch {
    // fall through
  }
  throw new HttpProblem(400, {
    type: '/problems/invalid-request',
    title: 'Your request does not match the API description.',
    errors: [{ detail: 'is not a cursor returned by this API', parameter: 'cursor' }],
  });
}
