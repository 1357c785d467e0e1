/** Logs every request once it is answered: method, path, status and how long it took. */
export function requestLogger(logger) {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      logger.info('request', {
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
        userId: req.user?.id,
      });
    });
    next();
  };
}
