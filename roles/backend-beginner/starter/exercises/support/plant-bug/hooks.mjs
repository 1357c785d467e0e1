// Module hooks (see register.mjs): whoever imports src/validation.js gets all of it, except parseListQuery,
// which is yours wrapped by the planted bug of bugs.mjs.
let bug;
let validation;

export function initialize(data) {
  ({ bug, validation } = data);
}

export async function load(url, context, nextLoad) {
  if (url !== validation) return nextLoad(url, context);
  const original = JSON.stringify(`${url}?without-planted-bug`);
  const bugs = JSON.stringify(new URL('./bugs.mjs', import.meta.url).href);
  const source = `
    import { parseListQuery as yours } from ${original};
    import { plant } from ${bugs};
    export * from ${original};
    export const parseListQuery = plant(${JSON.stringify(bug)}, yours);
    process.stderr.write('[planted bug: ' + ${JSON.stringify(bug)} + ']\\n');
  `;
  return { format: 'module', source, shortCircuit: true };
}
