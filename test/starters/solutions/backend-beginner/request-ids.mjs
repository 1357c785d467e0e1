// Reference solution of backend-beginner's "request-ids": a middleware that sets req.id and the X-Request-Id
// header, the id in both log lines and in the 500 body, and the starter's own test of that body updated.
export default () => [
  {
    file: 'src/middleware/request-id.js',
    content: `import { randomUUID } from 'node:crypto';

// An id from outside ends up in our logs and headers, so only a short, plain one is reused.
const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Gives every request an id (req.id), sent back in the X-Request-Id header: the caller's own X-Request-Id when
 * there is a safe one (a gateway or another service may have started the trace), otherwise a new UUID.
 */
export function requestId() {
  return (req, res, next) => {
    const incoming = req.get('X-Request-Id');
    req.id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.set('X-Request-Id', req.id);
    next();
  };
}
`,
  },
  {
    file: 'src/app.js',
    replace: `import { requestLogger } from './middleware/request-logger.js';`,
    with: `import { requestId } from './middleware/request-id.js';
import { requestLogger } from './middleware/request-logger.js';`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use(requestLogger(logger));`,
    with: `  app.use(requestId());
  app.use(requestLogger(logger));`,
  },
  {
    file: 'src/middleware/request-logger.js',
    replace: `      logger.info('request', {
        method: req.method,`,
    with: `      logger.info('request', {
        requestId: req.id,
        method: req.method,`,
  },
  {
    file: 'src/middleware/error-handler.js',
    replace: `      logger.error('unexpected error', { method: req.method, path: req.originalUrl, error: err.stack });
      res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong' } });`,
    with: `      logger.error('unexpected error', { requestId: req.id, method: req.method, path: req.originalUrl, error: err.stack });
      // The id lets a user report the problem and lets us find its log lines; it reveals nothing else.
      res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong', requestId: req.id } });`,
  },
  {
    file: 'test/todos.test.js',
    replace: `    assert.deepEqual(res.body, { error: { code: 'internal_error', message: 'Something went wrong' } });`,
    with: `    assert.deepEqual(res.body, {
      error: { code: 'internal_error', message: 'Something went wrong', requestId: res.headers['x-request-id'] },
    });`,
  },
];
