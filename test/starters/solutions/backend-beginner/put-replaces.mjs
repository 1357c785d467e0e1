// Reference solution of backend-beginner's "put-replaces": PUT /todos/:id needs the whole todo and replaces it;
// fields left out (dueDate) go back to their defaults. Applied after due-dates.
export default () => [
  {
    file: 'src/validation.js',
    replace: `export function parseTodo(body = {}, { partial = false } = {}) {`,
    with: `export function parseTodo(body = {}, { partial = false, replace = false } = {}) {`,
  },
  {
    file: 'src/validation.js',
    replace: `    else todo.completed = body.completed;
  }
`,
    with: `    else todo.completed = body.completed;
  } else if (replace) {
    // PUT replaces the whole todo, so it must say everything the todo is.
    problems.push({ field: 'completed', message: 'is required: PUT sends the whole todo' });
  }
`,
  },
  {
    file: 'src/validation.js',
    replace: `      todo.dueDate = body.dueDate;
    }
  }
`,
    with: `      todo.dueDate = body.dueDate;
    }
  } else if (replace) {
    todo.dueDate = null;
  }
`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `  const remove = db.prepare('DELETE FROM todos WHERE id = ? AND user_id = ?');`,
    with: `  const replace = db.prepare(\`
    UPDATE todos
    SET title = ?, completed = ?, due_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE id = ? AND user_id = ?
    RETURNING *
  \`);
  const remove = db.prepare('DELETE FROM todos WHERE id = ? AND user_id = ?');`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `    /** Returns true when a todo was deleted. */`,
    with: `    /** Sets every field; returns undefined when the user has no such todo. */
    replace(userId, id, { title, completed, dueDate }) {
      const row = replace.get(title, Number(completed), dueDate, id, userId);
      return row && toTodo(row);
    },

    /** Returns true when a todo was deleted. */`,
  },
  {
    file: 'src/routes/todos.js',
    replace: `  // DELETE /todos/:id -> 204 (no body), or 404`,
    with: `  // PUT /todos/:id {"title", "completed", "dueDate"?} -> 200 and the replaced todo, or 404. Idempotent: the same
  // PUT twice leaves the same todo. A PATCH need not be: a change such as "add one to a counter" adds twice.
  router.put('/:id', (req, res) => {
    const todo = todos.replace(req.user.id, todoId(req), parseTodo(req.body, { replace: true }));
    if (!todo) throw notFound('Todo not found');
    res.json(todo);
  });

  // DELETE /todos/:id -> 204 (no body), or 404`,
  },
];
