import type { FastifyReply, FastifyRequest } from 'fastify';
import { CircuitBreaker, type CircuitBreakerOptions, CircuitOpenError } from '../shared/circuit-breaker.js';

export interface UpstreamOptions {
  timeoutMs?: number;
  breaker?: CircuitBreakerOptions;
}

/** A 5xx from a service counts as a failure for the circuit breaker; a 4xx is the client's problem and does not. */
class UpstreamFailure extends Error {
  override name = 'UpstreamFailure';
}

/** One backend service behind the gateway, reached over HTTP through its own circuit breaker. */
export class Upstream {
  readonly #name: string;
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #breaker: CircuitBreaker;

  constructor(name: string, baseUrl: string, options: UpstreamOptions = {}) {
    this.#name = name;
    this.#baseUrl = baseUrl;
    this.#timeoutMs = options.timeoutMs ?? 3_000;
    this.#breaker = new CircuitBreaker(name, options.breaker ?? { failureThreshold: 5, resetTimeoutMs: 10_000 });
  }

  get circuitState() {
    return this.#breaker.state;
  }

  async forward(request: FastifyRequest, reply: FastifyReply, path: string): Promise<FastifyReply> {
    try {
      const response = await this.#breaker.execute(async () => {
        const response = await fetch(new URL(path, this.#baseUrl), {
          method: request.method,
          headers: { 'content-type': 'application/json', 'x-request-id': request.id },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(this.#timeoutMs),
        });
        if (response.status >= 500) {
          await response.body?.cancel();
          throw new UpstreamFailure(`${this.#name} answered ${response.status}`);
        }
        return response;
      });
      // Services speak in their own paths (/orders/1); clients only know the gateway's (/api/orders/1).
      const location = response.headers.get('location');
      if (location) reply.header('location', `/api${location}`);
      return reply
        .code(response.status)
        .type(response.headers.get('content-type') ?? 'application/json')
        .send(await response.text());
    } catch (error) {
      if (error instanceof CircuitOpenError) {
        return reply
          .code(503)
          .header('retry-after', Math.max(1, Math.ceil(error.retryAfterMs / 1000)))
          .send({ error: `${this.#name} service unavailable` });
      }
      request.log.warn({ err: error, upstream: this.#name }, 'upstream call failed');
      return reply.code(502).send({ error: `${this.#name} service failed` });
    }
  }
}
