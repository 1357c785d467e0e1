/**
 * An error that should reach the client as-is: throw one anywhere in a route and the error handler turns it
 * into a response with this status and a JSON body. Any other error becomes a 500.
 */
export class HttpError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const badRequest = (details) => new HttpError(400, 'validation_failed', 'The request is invalid', details);
export const unauthorized = (message = 'Log in first') => new HttpError(401, 'unauthorized', message);
export const notFound = (message = 'Not found') => new HttpError(404, 'not_found', message);
export const conflict = (message) => new HttpError(409, 'conflict', message);
