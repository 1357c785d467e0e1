import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const apiKeys = (process.env.API_KEYS ?? 'dev-key').split(',').filter(Boolean);

const server = createApp({ apiKeys }).listen(port, () => {
  console.log(`Tasks API on http://localhost:${port}/v1 (description: http://localhost:${port}/openapi.yaml)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
