import { pino, type DestinationStream, type Logger } from 'pino';

/** JSON logs to stdout (or `destination`, for tests), one object per line. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    name: '{{bp.projectName}}',
    level,
    // Never write credentials to the logs, whoever adds a log line later.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  return destination ? pino(options, destination) : pino(options);
}
