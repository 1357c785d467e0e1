// The bugs that the check of "Unit-test the list rules" plants in your parseListQuery, one at a time. Each breaks
// one rule of the exercise and keeps everything else exactly as your function does it.

/** Bug id -> what it does, in the words of the check's messages. */
export const BUGS = {
  'completed-false-is-true': 'reads ?completed=false as true (the classic: Boolean("false") is true)',
  'completed-other-ignored': 'ignores a completed value other than true or false, such as ?completed=yes, instead of refusing it',
  'no-default-limit': 'forgets the default limit of 20 when there is no ?limit=',
  'limit-parse-int': 'reads limit with parseInt, so ?limit=2.5 becomes 2, ?limit=10abc becomes 10 and ?limit=abc becomes NaN',
  'limit-below-one': 'accepts ?limit=0 and negative limits',
  'limit-over-100': 'accepts a limit over 100, such as ?limit=101',
  'offset-negative': 'accepts a negative offset, such as ?offset=-1',
  'first-problem-only': 'lists only the first problem when there are several, e.g. for ?limit=0&offset=-1',
};

const without = (query, key) => {
  const { [key]: _, ...rest } = query;
  return rest;
};
const isInteger = (value) => typeof value === 'string' && /^-?[0-9]+$/.test(value);

/** parseListQuery with the named bug planted; 'none' leaves it as it is. */
export function plant(bug, parseListQuery) {
  if (typeof parseListQuery !== 'function') return parseListQuery;
  const broken = {
    none: () => parseListQuery,
    'completed-false-is-true': () => (query = {}) =>
      parseListQuery(query.completed === 'false' ? { ...query, completed: 'true' } : query),
    'completed-other-ignored': () => (query = {}) =>
      parseListQuery(query.completed !== undefined && query.completed !== 'true' && query.completed !== 'false' ? without(query, 'completed') : query),
    'no-default-limit': () => (query = {}) =>
      (query.limit === undefined ? { ...parseListQuery(query), limit: undefined } : parseListQuery(query)),
    'limit-parse-int': () => (query = {}) =>
      (typeof query.limit === 'string' && !isInteger(query.limit)
        ? { ...parseListQuery(without(query, 'limit')), limit: Number.parseInt(query.limit, 10) }
        : parseListQuery(query)),
    'limit-below-one': () => (query = {}) =>
      (isInteger(query.limit) && Number(query.limit) < 1 ? { ...parseListQuery(without(query, 'limit')), limit: Number(query.limit) } : parseListQuery(query)),
    'limit-over-100': () => (query = {}) =>
      (isInteger(query.limit) && Number(query.limit) > 100 ? { ...parseListQuery(without(query, 'limit')), limit: Number(query.limit) } : parseListQuery(query)),
    'offset-negative': () => (query = {}) =>
      (isInteger(query.offset) && Number(query.offset) < 0 ? { ...parseListQuery(without(query, 'offset')), offset: Number(query.offset) } : parseListQuery(query)),
    'first-problem-only': () => (query) => {
      try {
        return parseListQuery(query);
      } catch (error) {
        if (Array.isArray(error?.details) && error.details.length > 1) error.details = error.details.slice(0, 1);
        throw error;
      }
    },
  };
  if (!Object.hasOwn(broken, bug)) throw new Error(`unknown planted bug "${bug}"`);
  return broken[bug]();
}
