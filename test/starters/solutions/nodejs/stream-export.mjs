// Reference solution of nodejs/stream-export: NDJSON through Readable.from (which pulls on demand, forwards errors
// and closes the source when destroyed), and GET /tasks/export piping the pages of the repository into the response.
const ndjson = `import { Readable } from 'node:stream';

/**
 * One JSON document per line. Readable.from pulls the next item only when the consumer wants more
 * (backpressure), ends the stream with the source's error, and closes the source when the stream is destroyed.
 */
export function toNdjson(source: AsyncIterable<unknown> | Iterable<unknown>): Readable {
  return Readable.from(lines(source));
}

async function* lines(source: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<string> {
  for await (const item of source) yield \`\${JSON.stringify(item)}\\n\`;
}
`;

export default () => [
  { file: 'src/tasks/ndjson.ts', content: ndjson },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { Router, type Request, type Response } from 'express';\n`,
    with: `import { pipeline } from 'node:stream/promises';\nimport { Router, type Request, type Response } from 'express';\n`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { InvalidCursorError,`,
    with: `import { toNdjson } from './ndjson.js';\nimport { InvalidCursorError,`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `  router.post('/', idempotency(), async (req, res) => {`,
    with: `  // Before /:id, which would take "export" for an id.
  router.get('/export', async (req, res) => {
    res.attachment('tasks.ndjson').type('application/x-ndjson');
    // Errors after the first bytes cannot become a JSON error any more: pipeline destroys the response instead,
    // so the client sees a broken download rather than a complete-looking one.
    await pipeline(toNdjson(allTasks(tasks, currentUser(req).id)), res);
  });

  router.post('/', idempotency(), async (req, res) => {`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `/** A task with its version as a strong ETag`,
    with: `/** Every task of the owner, a page at a time, so only one page is in memory. */
async function* allTasks(tasks: TaskRepository, ownerId: string): AsyncGenerator<Task> {
  let cursor: string | undefined;
  do {
    const page = await tasks.list(ownerId, { limit: 100, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** A task with its version as a strong ETag`,
  },
];
