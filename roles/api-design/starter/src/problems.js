// RFC 9457 problem details. Every error response of the API goes through sendProblem().
import { STATUS_CODES } from 'node:http';

export class HttpProblem extends Error {
  /**
   * @param {number} status
   * @param {{ type?: string, title?: string, detail?: string, errors?: object[], headers?: Record<string, string> }} [details]
   */
  constructor(status, { type = 'about:blank', title = STATUS_CODES[status], detail, errors, headers } = {}) {
    super(detail ?? title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }
}

/** @param {import('express').Request} req @param {import('express').Response} res @param {HttpProblem} problem */
export function sendProblem(req, res, problem) {
  res.set(problem.headers ?? {});
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      ...(problem.detail && { detail: problem.detail }),
      instance: req.originalUrl.split('?')[0],
      ...(problem.errors && { errors: problem.errors }),
    });
}

/**
 * Turns anything thrown or passed to next() into a problem response: our own HttpProblems, errors raised
 * by express-openapi-validator (they carry `status` and `errors`) and body-parser errors. Anything else
 * is a bug and becomes an opaque 500.
 * @type {import('express').ErrorRequestHandler}
 */
export function problemHandler(err, req, res, _next) {
  let problem;
  if (err instanceof HttpProblem) {
    problem = err;
  } else if (err.status === 400 && Array.isArray(err.errors)) {
    problem = new HttpProblem(400, {
      type: '/problems/invalid-request',
      title: 'Your request does not match the API description.',
      errors: err.errors.map(toFieldError),
    });
  } else if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    // e.g. 404/405 from the validator (405 comes with an Allow header), 415, malformed JSON
    problem = new HttpProblem(err.status, { detail: err.expose === false ? undefined : err.message, headers: err.headers });
  } else {
    console.error(err);
    problem = new HttpProblem(500);
  }
  sendProblem(req, res, problem);
}

// The validator reports where a problem is as "/body/dueDate", "/query/limit" or "/params/taskId".
function toFieldError({ path = '', message }) {
  const [, location = '', ...rest] = path.split('/');
  if (location === 'body') return { detail: message, pointer: rest.map((key) => `/${key}`).join('') };
  if (location === 'query' || location === 'params') return { detail: message, parameter: rest.join('.') };
  return { detail: message };
}
