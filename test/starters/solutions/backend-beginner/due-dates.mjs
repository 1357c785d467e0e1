// Reference solution of backend-beginner's "due-dates": a new migration, validation of real YYYY-MM-DD dates,
// and a repository that stores, keeps and clears the due date.
export default () => [
  {
    file: 'migrations/004_add_due_date.sql',
    content: '-- A due date is a calendar day, stored as YYYY-MM-DD text; NULL means none.\nALTER TABLE todos ADD COLUMN due_date TEXT;\n',
  },
  {
    file: 'src/validation.js',
    replace: `  if (partial && body.title === undefined && body.completed === undefined) {
    problems.push({ field: 'title', message: 'send at least one of title and completed' });
  }`,
    with: `  if (body.dueDate !== undefined) {
    if (body.dueDate !== null && !isDate(body.dueDate)) {
      problems.push({ field: 'dueDate', message: 'must be a date written YYYY-MM-DD, or null' });
    } else {
      todo.dueDate = body.dueDate;
    }
  }

  if (partial && body.title === undefined && body.completed === undefined && body.dueDate === undefined) {
    problems.push({ field: 'title', message: 'send at least one of title, completed and dueDate' });
  }`,
  },
  {
    file: 'src/validation.js',
    replace: `/** Todo bodies: { title, completed }.`,
    with: `/** A real calendar date written YYYY-MM-DD: 2030-02-30 has the right shape but does not exist. */
function isDate(value) {
  if (typeof value !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(value)) return false;
  const date = new Date(\`\${value}T00:00:00Z\`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Todo bodies: { title, completed, dueDate }.`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `const insert = db.prepare('INSERT INTO todos (user_id, title, completed) VALUES (?, ?, ?) RETURNING *');`,
    with: `const insert = db.prepare('INSERT INTO todos (user_id, title, completed, due_date) VALUES (?, ?, ?, ?) RETURNING *');`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `        completed = COALESCE(?, completed),
`,
    with: `        completed = COALESCE(?, completed),
        due_date = CASE WHEN ? THEN ? ELSE due_date END,
`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `    create(userId, { title, completed = false }) {
      return toTodo(insert.get(userId, title, toInteger(completed)));
    },`,
    with: `    create(userId, { title, completed = false, dueDate = null }) {
      return toTodo(insert.get(userId, title, toInteger(completed), dueDate));
    },`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `    update(userId, id, { title, completed }) {
      const row = update.get(title ?? null, toInteger(completed), id, userId);`,
    with: `    update(userId, id, { title, completed, dueDate }) {
      // COALESCE cannot tell "not sent" from "set to null", so the due date comes with a flag: change it or not.
      const row = update.get(title ?? null, toInteger(completed), Number(dueDate !== undefined), dueDate ?? null, id, userId);`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `    completed: row.completed === 1,
`,
    with: `    completed: row.completed === 1,
    dueDate: row.due_date,
`,
  },
];
