// Reference solution of microservices/edge-auth-and-kong: API keys checked in the gateway, which passes the
// customer to orders (body and x-customer-id); orders hides other customers' orders; and the same edge in Kong's
// declarative config, run by Compose in DB-less mode.
const kong = `# Kong in DB-less mode: the same edge as src/gateway, declared instead of coded. Routing and API keys are what the
# gateway does today; rate limiting is one of the plugins you get for free. \`docker compose up\` serves it on :8000.
# Kong passes the consumer on as X-Consumer-Username; orders would read that instead of x-customer-id.
_format_version: "3.0"

services:
  - name: inventory
    url: http://inventory:3002/products
    routes:
      - name: products
        paths: [/api/products]
        methods: [GET]

  - name: orders
    url: http://orders:3001/orders
    routes:
      - name: orders
        paths: [/api/orders]
        methods: [GET, POST]
    plugins:
      - name: key-auth
        config:
          key_names: [x-api-key]
          hide_credentials: true
      - name: rate-limiting
        config:
          minute: 60
          policy: local

# Development keys only: in production they come from a secret (for example {vault://env/alice-key}).
consumers:
  - username: alice
    keyauth_credentials:
      - key: dev-key-alice
  - username: bob
    keyauth_credentials:
      - key: dev-key-bob
`;

export default () => [
  { file: 'kong/kong.yml', content: kong },
  {
    file: 'docker-compose.yml',
    replace: `  orders:
    <<: *service`,
    with: `  # Kong as the front door instead of the gateway service: the same routes and API keys, declared in kong/kong.yml.
  kong:
    image: kong:3.9
    environment:
      KONG_DATABASE: "off"
      KONG_DECLARATIVE_CONFIG: /kong/kong.yml
      KONG_PROXY_LISTEN: 0.0.0.0:8000
    volumes:
      - ./kong:/kong:ro
    ports:
      - "8000:8000"
    depends_on:
      orders:
        condition: service_healthy
      inventory:
        condition: service_healthy

  orders:
    <<: *service`,
  },
  {
    file: 'src/gateway/upstream.ts',
    replace: `/** A 5xx from a service counts as a failure`,
    with: `/** What the gateway adds to a forwarded request: headers of its own, or a body it rewrote. */
export interface Forwarded {
  headers?: Record<string, string>;
  body?: unknown;
}

/** A 5xx from a service counts as a failure`,
  },
  {
    file: 'src/gateway/upstream.ts',
    replace: `  async forward(request: FastifyRequest, reply: FastifyReply, path: string): Promise<FastifyReply> {`,
    with: `  async forward(request: FastifyRequest, reply: FastifyReply, path: string, extra: Forwarded = {}): Promise<FastifyReply> {`,
  },
  {
    file: 'src/gateway/upstream.ts',
    replace: `() => this.#call(request, path)`,
    with: `() => this.#call(request, path, extra)`,
  },
  {
    file: 'src/gateway/upstream.ts',
    replace: `  async #call(request: FastifyRequest, path: string): Promise<Response> {
    const response = await fetch(new URL(path, this.#baseUrl), {
      method: request.method,
      headers: { 'content-type': 'application/json', 'x-request-id': request.id },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),`,
    with: `  async #call(request: FastifyRequest, path: string, extra: Forwarded): Promise<Response> {
    // Only headers the gateway sets reach the service: a client cannot send its own x-customer-id.
    const body = extra.body ?? request.body;
    const response = await fetch(new URL(path, this.#baseUrl), {
      method: request.method,
      headers: { 'content-type': 'application/json', 'x-request-id': request.id, ...extra.headers },
      body: body === undefined ? undefined : JSON.stringify(body),`,
  },
  {
    file: 'src/gateway/service.ts',
    replace: `import type { FastifyInstance } from 'fastify';`,
    with: `import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';`,
  },
  {
    file: 'src/gateway/service.ts',
    replace: `  inventoryUrl: string;
  logger?: boolean;
}`,
    with: `  inventoryUrl: string;
  logger?: boolean;
  /** API key → customer id. When given, the order routes need a known x-api-key; without, they are open (tests, dev). */
  apiKeys?: Record<string, string> | undefined;
}`,
  },
  {
    file: 'src/gateway/service.ts',
    replace: `  app.get('/api/products', (request, reply) => inventory.forward(request, reply, '/products'));
  app.post('/api/orders', (request, reply) => orders.forward(request, reply, '/orders'));
  app.get<{ Params: { id: string } }>('/api/orders/:id', (request, reply) =>
    orders.forward(request, reply, \`/orders/\${encodeURIComponent(request.params.id)}\`),
  );`,
    with: `  // Authentication at the edge: the services behind trust the customer the gateway tells them.
  const customers = new WeakMap<FastifyRequest, string>();
  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    const { apiKeys } = options;
    if (!apiKeys) return;
    const key = request.headers['x-api-key'];
    const customerId = typeof key === 'string' && Object.hasOwn(apiKeys, key) ? apiKeys[key] : undefined;
    if (!customerId) return reply.code(401).send({ error: 'missing or unknown API key' });
    customers.set(request, customerId);
  };
  const asCustomer = (request: FastifyRequest) => {
    const customerId = customers.get(request);
    return customerId === undefined ? {} : { headers: { 'x-customer-id': customerId } };
  };

  app.get('/api/products', (request, reply) => inventory.forward(request, reply, '/products'));
  app.post('/api/orders', { preHandler: authenticate }, (request, reply) => {
    const customerId = customers.get(request);
    if (customerId === undefined) return orders.forward(request, reply, '/orders');
    return orders.forward(request, reply, '/orders', {
      ...asCustomer(request),
      body: { ...(request.body as Record<string, unknown>), customerId },
    });
  });
  app.get<{ Params: { id: string } }>('/api/orders/:id', { preHandler: authenticate }, (request, reply) =>
    orders.forward(request, reply, \`/orders/\${encodeURIComponent(request.params.id)}\`, asCustomer(request)),
  );`,
  },
  {
    file: 'src/gateway/main.ts',
    replace: `  logger: true,`,
    with: `  logger: true,
  // API_KEYS=key1=alice,key2=bob; without it the order routes are open, which only suits development.
  apiKeys: process.env.API_KEYS
    ? Object.fromEntries(process.env.API_KEYS.split(',').map((pair) => pair.split('=', 2) as [string, string]))
    : undefined,`,
  },
  {
    file: 'src/orders/service.ts',
    replace: `    const order = orders.get(request.params.id);
    return order ?? reply.code(404).send({ error: 'order not found' });`,
    with: `    const order = orders.get(request.params.id);
    // Set by the gateway for an authenticated client: someone else's order is answered as if it did not exist.
    const customerId = request.headers['x-customer-id'];
    if (!order || (typeof customerId === 'string' && customerId !== order.customerId)) {
      return reply.code(404).send({ error: 'order not found' });
    }
    return order;`,
  },
];
