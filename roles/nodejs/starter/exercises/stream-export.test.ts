// Check of the exercise "Stream an export" (README): toNdjson() with backpressure, errors and early stops, then
// GET /tasks/export through your app.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { exerciseApp, projectExport } from './helpers.js';

type ToNdjson = (source: AsyncIterable<unknown> | Iterable<unknown>) => Readable;
const loadToNdjson = () => projectExport<ToNdjson>('src/tasks/ndjson.ts', 'toNdjson', 'toNdjson(source): a Readable of one JSON line per item');

/** A Writable that takes a while (one event-loop turn) per chunk, like a slow client, counting the lines it got. */
function slowSink(onLines: (total: number) => void = () => undefined) {
  let lines = 0;
  let text = '';
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer | string, _encoding, done) {
      text += String(chunk);
      lines += String(chunk).split('\n').length - 1;
      onLines(lines);
      setImmediate(done);
    },
  });
  return { sink, text: () => text };
}

/** The promise, or a rejection with `message` if it takes longer than ms. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('toNdjson in src/tasks/ndjson.ts', () => {
  it('writes one JSON document per line', async () => {
    const toNdjson = await loadToNdjson();
    const { sink, text } = slowSink();
    await within(pipeline(toNdjson([{ id: 1, title: 'a' }, { id: 2, title: 'b "quoted"' }]), sink), 2000, 'the stream of two items did not end within 2 s');
    expect(text(), 'toNdjson([a, b]) should produce JSON.stringify(a) + "\\n" + JSON.stringify(b) + "\\n"').toBe('{"id":1,"title":"a"}\n{"id":2,"title":"b \\"quoted\\""}\n');
  });

  it('reads the source only as fast as the destination takes the lines (backpressure)', async () => {
    const toNdjson = await loadToNdjson();
    let produced = 0;
    let producedWhenConsumed200: number | undefined;
    async function* source() {
      for (let i = 0; i < 10_000; i++) {
        produced += 1;
        yield { id: i, title: `task ${i}` };
      }
    }
    const { sink } = slowSink((lines) => {
      if (lines >= 200 && producedWhenConsumed200 === undefined) producedWhenConsumed200 = produced;
    });
    await within(pipeline(toNdjson(source()), sink), 10_000, 'the stream of 10000 items did not end within 10 s');
    expect(produced, 'every item of the source should be written').toBe(10_000);
    expect(
      producedWhenConsumed200,
      `when a slow destination had taken 200 lines, ${producedWhenConsumed200} items had been read from the source; ` +
        'read more only when the stream asks for it (Readable.from, or push() until it returns false), so memory stays flat',
    ).toBeLessThan(1000);
  });

  it('fails the stream when the source fails', async () => {
    const toNdjson = await loadToNdjson();
    async function* source() {
      yield { id: 1 };
      await Promise.resolve();
      throw new Error('database cursor lost');
    }
    const { sink } = slowSink();
    const outcome = await within(pipeline(toNdjson(source()), sink), 2000, 'it neither ended nor failed within 2 s').then(
      () => 'it ended as if nothing had happened',
      (error: Error) => error.message,
    );
    expect(outcome, `when the source throws, the stream should fail with its error; ${outcome}`).toBe('database cursor lost');
  });

  it('closes the source when the reader stops early', async () => {
    const toNdjson = await loadToNdjson();
    let produced = 0;
    let closed = false;
    async function* source() {
      try {
        for (; produced < 20_000; produced++) yield { id: produced };
      } finally {
        closed = true;
      }
    }
    for await (const chunk of toNdjson(source())) {
      expect(String(chunk), 'the first chunk should start with the first item').toContain('"id":0');
      break; // destroys the stream, as a client that disconnects does
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed, 'when the stream is destroyed (a client disconnects), the source should be closed (its finally should run)').toBe(true);
    expect(produced, `the reader stopped after the first chunk, but ${produced} of 20000 items were read from the source`).toBeLessThan(1000);
  });
});

describe('GET /tasks/export', () => {
  it('streams all of the caller’s tasks as NDJSON, oldest first', async () => {
    const tasks = new InMemoryTaskRepository();
    const { app, bearer } = exerciseApp({ tasks });
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      ids.push((await tasks.create({ ownerId: 'alice', title: `task ${i}` })).id);
      if (i % 10 === 0) await tasks.create({ ownerId: 'bob', title: `bob’s ${i}` });
    }
    const res = await request(app)
      .get('/tasks/export')
      .set('Authorization', await bearer('alice'))
      .buffer(true)
      .parse((response, done) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done(null, body));
      });
    expect(res.status, `GET /tasks/export should answer 200; got ${res.status} ${String(res.body).slice(0, 200)}`).toBe(200);
    expect(res.headers['content-type'], 'GET /tasks/export should answer Content-Type: application/x-ndjson').toMatch(/^application\/x-ndjson/);
    const lines = String(res.body).split('\n').filter((line) => line !== '');
    const exported = lines.map((line) => JSON.parse(line) as { id: string; ownerId: string });
    expect(exported.map((task) => task.id), `the export should hold alice’s 45 tasks, oldest first, one per line (also past the first page); got ${exported.length} lines`).toEqual(ids);
    expect(exported.every((task) => task.ownerId === 'alice'), 'the export should hold only the caller’s tasks').toBe(true);
  });
});
