/** Writes one JSON object per line, which log tools can search and filter. `silent` is for tests. */
export function createLogger({ silent = false } = {}) {
  const write = (level, message, fields) => {
    if (silent) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    if (level === 'error') console.error(line);
    else console.log(line);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
