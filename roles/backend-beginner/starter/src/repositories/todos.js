// All SQL about todos lives here. Every query includes user_id, so one user can never see or change
// another user's todos, whatever id they put in the URL.

export function createTodoRepository(db) {
  const list = db.prepare('SELECT * FROM todos WHERE user_id = ? ORDER BY id');
  const find = db.prepare('SELECT * FROM todos WHERE id = ? AND user_id = ?');
  const insert = db.prepare('INSERT INTO todos (user_id, title, completed) VALUES (?, ?, ?) RETURNING *');
  // COALESCE(?, title) keeps the current value when the parameter is NULL, i.e. when the field was not sent.
  const update = db.prepare(`
    UPDATE todos
    SET title = COALESCE(?, title),
        completed = COALESCE(?, completed),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE id = ? AND user_id = ?
    RETURNING *
  `);
  const remove = db.prepare('DELETE FROM todos WHERE id = ? AND user_id = ?');

  return {
    listByUser(userId) {
      return list.all(userId).map(toTodo);
    },

    /** Returns undefined when the user has no such todo. */
    findById(userId, id) {
      const row = find.get(id, userId);
      return row && toTodo(row);
    },

    create(userId, { title, completed = false }) {
      return toTodo(insert.get(userId, title, toInteger(completed)));
    },

    /** Changes only the fields given; returns undefined when the user has no such todo. */
    update(userId, id, { title, completed }) {
      const row = update.get(title ?? null, toInteger(completed), id, userId);
      return row && toTodo(row);
    },

    /** Returns true when a todo was deleted. */
    remove(userId, id) {
      return remove.run(id, userId).changes === 1;
    },
  };
}

// SQLite has no boolean type (0 and 1 instead) and uses snake_case columns; the API speaks camelCase JSON.
function toTodo(row) {
  return {
    id: row.id,
    title: row.title,
    completed: row.completed === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toInteger(flag) {
  return flag === undefined ? null : Number(flag);
}
