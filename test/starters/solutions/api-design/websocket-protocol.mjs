// Reference solution of api-design/websocket-protocol: attachTaskStream (src/stream.js) serves the tasks.v1
// subprotocol on /stream with the ws package (hello with the API key first, subscribe and unsubscribe with an id,
// task events to subscribers, errors for unknown messages, 1003 for binary frames), src/index.js attaches it, and
// asyncapi.yaml describes every message.
export default ({ projectName }) => [
  {
    file: 'asyncapi.yaml',
    content: `asyncapi: 3.0.0
info:
  title: '${projectName} task stream'
  version: 1.0.0
  description: |
    Live task changes over a WebSocket, for clients that want them as they happen. Connect to \`/stream\` offering
    the \`tasks.v1\` subprotocol (a handshake without it is refused with \`400\`). Every message is a JSON text frame
    with a \`type\`. The first message must be \`hello\` with an API key; anything else closes the connection with
    code \`4401\`. Then \`subscribe\` to receive \`task.created\`, \`task.updated\` and \`task.deleted\` messages, and
    \`unsubscribe\` to stop. A message the server does not understand is answered with an \`error\`; a binary frame
    closes the connection with \`1003\`.
  license:
    name: MIT
    url: https://opensource.org/license/mit
defaultContentType: application/json
servers:
  local:
    host: localhost:3000
    protocol: ws
    description: The development server.
channels:
  stream:
    address: /stream
    title: Task stream
    description: One connection per client; the subprotocol (\`tasks.v1\`) is the protocol's version.
    messages:
      hello:
        $ref: '#/components/messages/hello'
      welcome:
        $ref: '#/components/messages/welcome'
      subscribe:
        $ref: '#/components/messages/subscribe'
      subscribed:
        $ref: '#/components/messages/subscribed'
      unsubscribe:
        $ref: '#/components/messages/unsubscribe'
      unsubscribed:
        $ref: '#/components/messages/unsubscribed'
      taskCreated:
        $ref: '#/components/messages/taskCreated'
      taskUpdated:
        $ref: '#/components/messages/taskUpdated'
      taskDeleted:
        $ref: '#/components/messages/taskDeleted'
      error:
        $ref: '#/components/messages/error'
operations:
  receiveRequests:
    action: receive
    title: What clients send
    channel:
      $ref: '#/channels/stream'
    messages:
      - $ref: '#/channels/stream/messages/hello'
      - $ref: '#/channels/stream/messages/subscribe'
      - $ref: '#/channels/stream/messages/unsubscribe'
  sendReplies:
    action: send
    title: Answers to clients
    channel:
      $ref: '#/channels/stream'
    messages:
      - $ref: '#/channels/stream/messages/welcome'
      - $ref: '#/channels/stream/messages/subscribed'
      - $ref: '#/channels/stream/messages/unsubscribed'
      - $ref: '#/channels/stream/messages/error'
  sendTaskEvents:
    action: send
    title: Task changes, to subscribed clients
    channel:
      $ref: '#/channels/stream'
    messages:
      - $ref: '#/channels/stream/messages/taskCreated'
      - $ref: '#/channels/stream/messages/taskUpdated'
      - $ref: '#/channels/stream/messages/taskDeleted'
components:
  messages:
    hello:
      summary: The first message of a connection, with the client's API key.
      payload:
        type: object
        additionalProperties: false
        required: [type, apiKey]
        properties:
          type:
            const: hello
          apiKey:
            type: string
    welcome:
      summary: The API key is valid.
      payload:
        type: object
        additionalProperties: false
        required: [type]
        properties:
          type:
            const: welcome
    subscribe:
      summary: Start receiving task changes; the id comes back in \`subscribed\`.
      payload:
        $ref: '#/components/schemas/SubscriptionRequest'
    subscribed:
      summary: Task changes follow from now on.
      payload:
        type: object
        additionalProperties: false
        required: [type, id]
        properties:
          type:
            const: subscribed
          id:
            type: string
    unsubscribe:
      summary: Stop receiving the changes of a subscription.
      payload:
        $ref: '#/components/schemas/SubscriptionRequest'
    unsubscribed:
      summary: No more changes for this subscription.
      payload:
        type: object
        additionalProperties: false
        required: [type, id]
        properties:
          type:
            const: unsubscribed
          id:
            type: string
    taskCreated:
      summary: A task was created.
      payload:
        $ref: '#/components/schemas/TaskChange'
    taskUpdated:
      summary: A task was changed; \`task\` is the task as it is now.
      payload:
        $ref: '#/components/schemas/TaskChange'
    taskDeleted:
      summary: A task was deleted; \`task\` is the task as it was.
      payload:
        $ref: '#/components/schemas/TaskChange'
    error:
      summary: The server did not understand a message; the connection stays open.
      payload:
        type: object
        additionalProperties: false
        required: [type, code, message]
        properties:
          type:
            const: error
          code:
            type: string
            enum: [bad_message]
          message:
            type: string
  schemas:
    SubscriptionRequest:
      type: object
      additionalProperties: false
      required: [type, id]
      properties:
        type:
          type: string
          enum: [subscribe, unsubscribe]
        id:
          description: Chosen by the client, to match the answer to the request.
          type: string
          minLength: 1
    TaskChange:
      type: object
      additionalProperties: false
      required: [type, task]
      properties:
        type:
          type: string
          enum: [task.created, task.updated, task.deleted]
        task:
          $ref: '#/components/schemas/Task'
    Task:
      description: A task, as in version 1 of the HTTP API (openapi.yaml).
      type: object
      required: [id, title, status, assignee, dueDate, projectId, createdAt, updatedAt]
      properties:
        id:
          type: string
          pattern: '^tsk_[0-9a-f]{12}$'
        title:
          type: string
        status:
          type: string
          enum: [todo, in_progress, done]
        assignee:
          type: [string, 'null']
        dueDate:
          type: [string, 'null']
          format: date
        projectId:
          type: [string, 'null']
        createdAt:
          type: string
          format: date-time
        updatedAt:
          type: string
          format: date-time
`,
  },
  {
    file: 'src/index.js',
    replace: `import { createApp } from './app.js';

`,
    with: `import { createApp } from './app.js';
import { TaskStore } from './store.js';
import { attachTaskStream } from './stream.js';

`,
  },
  {
    file: 'src/index.js',
    replace: `const server = createApp({ apiKeys, plans }).listen(port, () => {
`,
    with: `const store = new TaskStore();
const server = createApp({ store, apiKeys, plans }).listen(port, () => {
`,
  },
  {
    file: 'src/index.js',
    replace: `});

`,
    with: `});
const stream = attachTaskStream(server, { store, apiKeys });

`,
  },
  {
    file: 'src/index.js',
    replace: `  process.once(signal, () => server.close(() => process.exit(0)));
`,
    with: `  process.once(signal, () => {
    stream.clients.forEach((ws) => ws.close(1001, 'The server is shutting down'));
    server.close(() => process.exit(0));
  });
`,
  },
  {
    file: 'src/stream.js',
    content: `// The tasks.v1 WebSocket protocol on /stream, described in asyncapi.yaml. The subprotocol carries the version, so
// a tasks.v2 can live beside it on the same path. Browsers cannot send an Authorization header with a WebSocket,
// so the API key comes in the first message instead.
import { WebSocketServer } from 'ws';
import { v1 } from './versions.js';

export const SUBPROTOCOL = 'tasks.v1';
const PATH = '/stream';

/**
 * Serves the protocol on an HTTP server's upgrade requests to /stream.
 * @param {import('node:http').Server} server
 * @param {{ store: import('./store.js').TaskStore, apiKeys: Iterable<string> }} options
 */
export function attachTaskStream(server, { store, apiKeys }) {
  const keys = new Set(apiKeys);
  const sockets = new WebSocketServer({ noServer: true, handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false) });

  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== PATH) {
      socket.end('HTTP/1.1 404 Not Found\\r\\nConnection: close\\r\\n\\r\\n');
      return;
    }
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!offered.includes(SUBPROTOCOL)) {
      socket.end(\`HTTP/1.1 400 Bad Request\\r\\nConnection: close\\r\\nContent-Type: text/plain\\r\\n\\r\\nOffer the \${SUBPROTOCOL} subprotocol.\\n\`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => converse(ws, store, keys));
  });
  return sockets;
}

/** @param {import('ws').WebSocket} ws @param {import('./store.js').TaskStore} store @param {Set<string>} keys */
function converse(ws, store, keys) {
  let welcomed = false;
  /** @type {Set<string>} */
  const subscriptions = new Set();
  const send = (/** @type {object} */ message) => ws.send(JSON.stringify(message));
  const forward = (/** @type {import('./store.js').TaskChange} */ { type, task }) => {
    if (subscriptions.size > 0) send({ type, task: v1.show(task) });
  };
  store.on('change', forward);
  ws.on('close', () => store.off('change', forward));

  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      ws.close(1003, 'Send JSON text messages');
      return;
    }
    let message;
    try {
      message = JSON.parse(data.toString());
    } catch {
      send({ type: 'error', code: 'bad_message', message: 'Messages are JSON objects.' });
      return;
    }
    if (!welcomed) {
      if (message?.type !== 'hello' || !keys.has(message.apiKey)) {
        ws.close(4401, 'Say hello with a valid API key first');
        return;
      }
      welcomed = true;
      send({ type: 'welcome' });
      return;
    }
    if (message?.type === 'subscribe' && typeof message.id === 'string') {
      subscriptions.add(message.id);
      send({ type: 'subscribed', id: message.id });
    } else if (message?.type === 'unsubscribe' && typeof message.id === 'string') {
      subscriptions.delete(message.id);
      send({ type: 'unsubscribed', id: message.id });
    } else {
      send({ type: 'error', code: 'bad_message', message: 'Unknown message: see asyncapi.yaml.' });
    }
  });
}
`,
  },
];
