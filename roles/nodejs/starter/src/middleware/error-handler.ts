import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { HttpError, NotFoundError } from '../errors.js';

/** Every error response has this shape. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string }[];
  };
}

/** Errors thrown by Express's own middleware (body parsing) carry a status and say whether the message is safe. */
interface ExpressClientError {
  status: number;
  expose: boolean;
  type?: string;
  message: string;
}

function isExpressClientError(err: unknown): err is ExpressClientError {
  if (typeof err !== 'object' || err === null) return false;
  const { status, expose } = err as Partial<ExpressClientError>;
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

function toResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ZodError) {
    const details = err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return { status: 400, body: { error: { code: 'validation_failed', message: 'Request is invalid', details } } };
  }
  if (err instanceof HttpError) {
    return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  }
  if (isExpressClientError(err)) {
    const code = err.type === 'entity.parse.failed' ? 'invalid_json'
      : err.type === 'entity.too.large' ? 'payload_too_large'
      : 'bad_request';
    return { status: err.status, body: { error: { code, message: err.message } } };
  }
  // Anything else is a bug or an outage: log it, but never leak its message or stack to the client.
  return { status: 500, body: { error: { code: 'internal_error', message: 'Something went wrong' } } };
}

/** Turns unmatched routes into a 404 that goes through the error handler like every other error. */
export const notFound: RequestHandler = (req) => {
  throw new NotFoundError(`No route for ${req.method} ${req.path}`);
};

/** The one place that turns errors into HTTP responses. Register it last. */
export const errorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  // Too late to send a JSON body; Express's default handler closes the connection.
  if (res.headersSent) {
    next(err);
    return;
  }
  const { status, body } = toResponse(err);
  // pino-http logs the request when it finishes; with res.err set, that log line carries the error and its stack.
  if (status >= 500) res.err = err instanceof Error ? err : new Error(String(err));
  res.status(status).json(body);
};
