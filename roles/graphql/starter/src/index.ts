import { startServer } from './server.js';

const server = await startServer({ port: Number(process.env.PORT ?? 4000) });
console.log(`GraphQL API ready at ${server.url} (subscriptions: ${server.wsUrl})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
