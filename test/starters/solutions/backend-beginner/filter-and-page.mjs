// Reference solution of backend-beginner's "filter-and-page": parseListQuery in src/validation.js, one filtered
// and paged SELECT (plus its COUNT) with every value as a parameter, and the X-Total-Count header.
export default () => [
  {
    file: 'src/validation.js',
    replace: `  if (problems.length > 0) throw badRequest(problems);
  return todo;
}
`,
    with: `  if (problems.length > 0) throw badRequest(problems);
  return todo;
}

/**
 * The query of GET /todos: ?completed=true|false&q=text&limit=1..100&offset=0.. Query values arrive as strings
 * (an array when a parameter is repeated). Throws a 400 that lists every problem at once.
 */
export function parseListQuery(query = {}) {
  const problems = [];
  const list = { completed: undefined, q: undefined, limit: 20, offset: 0 };

  if (query.completed !== undefined) {
    if (query.completed === 'true' || query.completed === 'false') list.completed = query.completed === 'true';
    else problems.push({ field: 'completed', message: 'must be true or false' });
  }

  if (query.q !== undefined) {
    if (typeof query.q !== 'string') problems.push({ field: 'q', message: 'must be given once' });
    else if (query.q.trim() !== '') list.q = query.q.trim();
  }

  if (query.limit !== undefined) {
    const limit = wholeNumber(query.limit);
    if (limit === undefined || limit < 1 || limit > 100) problems.push({ field: 'limit', message: 'must be a whole number from 1 to 100' });
    else list.limit = limit;
  }

  if (query.offset !== undefined) {
    const offset = wholeNumber(query.offset);
    if (offset === undefined) problems.push({ field: 'offset', message: 'must be a whole number, 0 or more' });
    else list.offset = offset;
  }

  if (problems.length > 0) throw badRequest(problems);
  return list;
}

// Only digits: Number('') is 0, Number('1e2') is 100 and parseInt('10abc') is 10, none of which the client meant.
function wholeNumber(value) {
  return typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : undefined;
}
`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `  const list = db.prepare('SELECT * FROM todos WHERE user_id = ? ORDER BY id');
`,
    with: `  // A NULL parameter switches its filter off. In LIKE, % and _ are wildcards: the search text escapes them with !.
  const filter = \`user_id = :userId
    AND (:completed IS NULL OR completed = :completed)
    AND (:q IS NULL OR title LIKE '%' || :q || '%' ESCAPE '!')\`;
  const page = db.prepare(\`SELECT * FROM todos WHERE \${filter} ORDER BY id LIMIT :limit OFFSET :offset\`);
  const count = db.prepare(\`SELECT COUNT(*) FROM todos WHERE \${filter}\`).pluck();
`,
  },
  {
    file: 'src/repositories/todos.js',
    replace: `    listByUser(userId) {
      return list.all(userId).map(toTodo);
    },`,
    with: `    /** One page of the user's todos, oldest first, and how many match in all. */
    list(userId, { completed, q, limit, offset }) {
      const filters = { userId, completed: toInteger(completed), q: q === undefined ? null : q.replace(/[!%_]/g, '!$&') };
      return { todos: page.all({ ...filters, limit, offset }).map(toTodo), total: count.get(filters) };
    },`,
  },
  {
    file: 'src/routes/todos.js',
    replace: `import { parseTodo } from '../validation.js';`,
    with: `import { parseListQuery, parseTodo } from '../validation.js';`,
  },
  {
    file: 'src/routes/todos.js',
    replace: `  // GET /todos -> 200 and the logged-in user's todos
  router.get('/', (req, res) => {
    res.json(todos.listByUser(req.user.id));
  });`,
    with: `  // GET /todos?completed=&q=&limit=&offset= -> 200, one page of the user's todos, and X-Total-Count
  router.get('/', (req, res) => {
    const { todos: page, total } = todos.list(req.user.id, parseListQuery(req.query));
    res.set('X-Total-Count', String(total)).json(page);
  });`,
  },
];
