// Reference solution of microservices/bulkhead-and-retries: a cap on calls in flight per upstream (503 beyond it,
// without touching the circuit) and retries with exponential backoff and jitter for GETs, inside one breaker call.
const upstream = `import type { FastifyReply, FastifyRequest } from 'fastify';
import { CircuitBreaker, type CircuitBreakerOptions, CircuitOpenError } from '../shared/circuit-breaker.js';

export interface UpstreamOptions {
  timeoutMs?: number;
  breaker?: CircuitBreakerOptions;
  /** A bulkhead: calls in flight to one service at most, so a slow one cannot tie up the whole gateway. */
  maxConcurrent?: number;
  /** Extra attempts for a GET that failed (5xx, network error, timeout). Other methods are never retried. */
  retries?: number;
  /** The wait before the first retry; it doubles for each next one, and jitter takes up to half of it off. */
  retryDelayMs?: number;
}

/** A 5xx from a service counts as a failure for the circuit breaker; a 4xx is the client's problem and does not. */
class UpstreamFailure extends Error {
  override name = 'UpstreamFailure';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One backend service behind the gateway, reached over HTTP through its own bulkhead and circuit breaker. */
export class Upstream {
  readonly #name: string;
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #breaker: CircuitBreaker;
  readonly #maxConcurrent: number;
  readonly #retries: number;
  readonly #retryDelayMs: number;
  #inFlight = 0;

  constructor(name: string, baseUrl: string, options: UpstreamOptions = {}) {
    this.#name = name;
    this.#baseUrl = baseUrl;
    this.#timeoutMs = options.timeoutMs ?? 3_000;
    this.#breaker = new CircuitBreaker(name, options.breaker ?? { failureThreshold: 5, resetTimeoutMs: 10_000 });
    this.#maxConcurrent = options.maxConcurrent ?? 20;
    this.#retries = options.retries ?? 0;
    this.#retryDelayMs = options.retryDelayMs ?? 100;
  }

  get circuitState() {
    return this.#breaker.state;
  }

  async forward(request: FastifyRequest, reply: FastifyReply, path: string): Promise<FastifyReply> {
    // A full bulkhead says nothing about the service's health, so it answers before the breaker is involved.
    if (this.#inFlight >= this.#maxConcurrent) return reply.code(503).send({ error: \`\${this.#name} service busy\` });
    this.#inFlight += 1;
    try {
      // Only GETs are retried: a POST that failed may still have placed the order, and a retry would place another.
      const attempts = request.method === 'GET' ? 1 + this.#retries : 1;
      // One client request is one call for the breaker: it sees the outcome after the retries.
      const response = await this.#breaker.execute(() => this.#withRetries(attempts, () => this.#call(request, path)));
      // Services speak in their own paths (/orders/1); clients only know the gateway's (/api/orders/1).
      const location = response.headers.get('location');
      if (location) reply.header('location', \`/api\${location}\`);
      return reply
        .code(response.status)
        .type(response.headers.get('content-type') ?? 'application/json')
        .send(await response.text());
    } catch (error) {
      if (error instanceof CircuitOpenError) {
        return reply
          .code(503)
          .header('retry-after', Math.max(1, Math.ceil(error.retryAfterMs / 1000)))
          .send({ error: \`\${this.#name} service unavailable\` });
      }
      request.log.warn({ err: error, upstream: this.#name }, 'upstream call failed');
      return reply.code(502).send({ error: \`\${this.#name} service failed\` });
    } finally {
      this.#inFlight -= 1;
    }
  }

  async #call(request: FastifyRequest, path: string): Promise<Response> {
    const response = await fetch(new URL(path, this.#baseUrl), {
      method: request.method,
      headers: { 'content-type': 'application/json', 'x-request-id': request.id },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new UpstreamFailure(\`\${this.#name} answered \${response.status}\`);
    }
    return response;
  }

  async #withRetries<T>(attempts: number, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= attempts) throw error;
        // Exponential backoff with jitter, so clients that failed together do not all come back together.
        const backoff = this.#retryDelayMs * 2 ** (attempt - 1);
        await sleep(backoff / 2 + (Math.random() * backoff) / 2);
      }
    }
  }
}
`;

export default () => [
  { file: 'src/gateway/upstream.ts', content: upstream },
  {
    file: 'src/gateway/main.ts',
    replace: `  logger: true,
});`,
    with: `  logger: true,
  retries: 2,
});`,
  },
];
