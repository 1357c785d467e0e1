import { HttpError, notFound } from '../errors.js';

/** Registered after all routes: a request that reaches it matched none of them. */
export function unknownRoute(req) {
  throw notFound(`There is no ${req.method} ${req.path}`);
}

/** The one place where errors become responses, so every endpoint fails in the same format. */
export function errorHandler(logger) {
  // Express recognises an error handler by its four parameters, so `_next` stays even though it is unused.
  return (err, req, res, _next) => {
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: { code: err.code, message: err.message, details: err.details } });
    } else if (err?.type === 'entity.parse.failed') {
      // express.json() could not parse the body.
      res.status(400).json({ error: { code: 'invalid_json', message: 'The request body is not valid JSON' } });
    } else {
      // A bug or an outage: the details go to the log, never to the client.
      logger.error('unexpected error', { method: req.method, path: req.originalUrl, error: err.stack });
      res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong' } });
    }
  };
}
