// All SQL about users lives here. Values are always passed as ? parameters, never pasted into the SQL text,
// so user input cannot change what a query does (SQL injection).

export function createUserRepository(db) {
  const insert = db.prepare('INSERT INTO users (email, password_hash) VALUES (?, ?) RETURNING *');
  const byEmail = db.prepare('SELECT * FROM users WHERE email = ?');
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');

  return {
    /** Returns the new user, or undefined when the email is already taken. */
    create(email, passwordHash) {
      try {
        return insert.get(email, passwordHash);
      } catch (err) {
        if (err.code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
        throw err;
      }
    },
    findByEmail: (email) => byEmail.get(email),
    findById: (id) => byId.get(id),
  };
}

/** The user as the API shows it: never the password hash. */
export function publicUser(row) {
  return { id: row.id, email: row.email, createdAt: row.created_at };
}
