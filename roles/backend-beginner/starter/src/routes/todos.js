import { Router } from 'express';
import { notFound } from '../errors.js';
import { parseTodo } from '../validation.js';

export function todoRoutes({ todos }) {
  const router = Router();

  // GET /todos -> 200 and the logged-in user's todos
  router.get('/', (req, res) => {
    res.json(todos.listByUser(req.user.id));
  });

  // POST /todos {"title", "completed"?} -> 201 and the new todo
  router.post('/', (req, res) => {
    const todo = todos.create(req.user.id, parseTodo(req.body));
    res.status(201).location(`/todos/${todo.id}`).json(todo);
  });

  // GET /todos/:id -> 200 and the todo, or 404
  router.get('/:id', (req, res) => {
    const todo = todos.findById(req.user.id, todoId(req));
    if (!todo) throw notFound('Todo not found');
    res.json(todo);
  });

  // PATCH /todos/:id {"title"?, "completed"?} -> 200 and the updated todo, or 404
  router.patch('/:id', (req, res) => {
    const todo = todos.update(req.user.id, todoId(req), parseTodo(req.body, { partial: true }));
    if (!todo) throw notFound('Todo not found');
    res.json(todo);
  });

  // DELETE /todos/:id -> 204 (no body), or 404
  router.delete('/:id', (req, res) => {
    if (!todos.remove(req.user.id, todoId(req))) throw notFound('Todo not found');
    res.status(204).end();
  });

  return router;
}

// Ids are positive whole numbers; anything else in the URL cannot name a todo.
function todoId(req) {
  const id = Number(req.params.id);
  if (!Number.isInteger(id) || id < 1) throw notFound('Todo not found');
  return id;
}
