import { Router } from 'express';
import { currentUser } from '../auth/require-auth.js';
import { NotFoundError } from '../errors.js';
import { createTaskSchema, taskIdSchema, updateTaskSchema } from './task.js';
import type { TaskRepository } from './task-repository.js';

// Handlers are async and simply throw: Express 5 passes rejected promises to the error handler.
export function tasksRouter(tasks: TaskRepository): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json({ items: await tasks.list(currentUser(req).id) });
  });

  router.post('/', async (req, res) => {
    const input = createTaskSchema.parse(req.body);
    const task = await tasks.create({ ...input, ownerId: currentUser(req).id });
    res.status(201).location(`${req.baseUrl}/${task.id}`).json(task);
  });

  router.get('/:id', async (req, res) => {
    const task = await tasks.get(currentUser(req).id, taskId(req.params.id));
    if (!task) throw new NotFoundError('Task not found');
    res.json(task);
  });

  router.patch('/:id', async (req, res) => {
    const changes = updateTaskSchema.parse(req.body);
    const task = await tasks.update(currentUser(req).id, taskId(req.params.id), changes);
    if (!task) throw new NotFoundError('Task not found');
    res.json(task);
  });

  router.delete('/:id', async (req, res) => {
    if (!(await tasks.delete(currentUser(req).id, taskId(req.params.id)))) throw new NotFoundError('Task not found');
    res.status(204).end();
  });

  return router;
}

/** A malformed id cannot name a task: answer 404 like any unknown id instead of reaching the database. */
function taskId(raw: string): string {
  const parsed = taskIdSchema.safeParse(raw);
  if (!parsed.success) throw new NotFoundError('Task not found');
  return parsed.data;
}
