import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { BOB, startTestServer, type TestServer } from './support.js';

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

function connect(server: TestServer, authorization?: string): Client {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

describe('reviewAdded subscription', () => {
  it('pushes new reviews of the subscribed book over graphql-ws', async () => {
    const server = await startTestServer();
    const subscribed = vi.spyOn(server.pubsub, 'subscribe');
    const reviews = connect(server, `Bearer ${BOB}`).iterate({
      query: 'subscription { reviewAdded(bookId: "b3") { rating comment book { title } reviewer { name email } } }',
    });
    const next = reviews.next();
    await vi.waitFor(() => expect(subscribed).toHaveBeenCalled());

    const add = (bookId: string, comment: string) =>
      server.request('mutation($input: AddReviewInput!) { addReview(input: $input) { id } }', {
        token: BOB,
        variables: { input: { bookId, rating: 4, comment } },
      });
    await add('b1', 'Filtered out: another book');
    await add('b3', 'Harrowing and brilliant');

    const { value } = await next;
    expect(value).toEqual({
      data: {
        reviewAdded: {
          rating: 4,
          comment: 'Harrowing and brilliant',
          book: { title: 'Kindred' },
          reviewer: { name: 'Bob', email: 'bob@example.com' },
        },
      },
    });
    await reviews.return?.();
  });

  it('refuses a connection with an invalid token', async () => {
    const server = await startTestServer();
    const reviews = connect(server, 'Bearer forged').iterate({ query: 'subscription { reviewAdded { id } }' });

    await expect(reviews.next()).rejects.toMatchObject({ code: 4403 });
  });
});
