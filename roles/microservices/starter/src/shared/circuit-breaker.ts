export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  resetTimeoutMs: number;
  /** Injectable clock, so tests don't have to sleep. */
  now?: () => number;
}

/** Thrown instead of calling the dependency while the circuit is open: the caller fails fast. */
export class CircuitOpenError extends Error {
  override name = 'CircuitOpenError';
  constructor(
    readonly circuit: string,
    readonly retryAfterMs: number,
  ) {
    super(`circuit ${circuit} is open`);
  }
}

/**
 * Closed: calls go through and consecutive failures are counted. At the threshold the circuit opens and every
 * call fails at once with CircuitOpenError, giving the dependency room to recover instead of piling up
 * timeouts. After resetTimeoutMs it is half-open: one trial call goes through; success closes the circuit,
 * failure opens it again.
 */
export class CircuitBreaker {
  readonly #name: string;
  readonly #failureThreshold: number;
  readonly #resetTimeoutMs: number;
  readonly #now: () => number;
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;

  constructor(name: string, options: CircuitBreakerOptions) {
    this.#name = name;
    this.#failureThreshold = options.failureThreshold;
    this.#resetTimeoutMs = options.resetTimeoutMs;
    this.#now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.#state === 'open' && this.#now() - this.#openedAt >= this.#resetTimeoutMs) return 'half-open';
    return this.#state;
  }

  async execute<T>(operation: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#trialInFlight)) {
      throw new CircuitOpenError(this.#name, Math.max(0, this.#openedAt + this.#resetTimeoutMs - this.#now()));
    }
    const isTrial = state === 'half-open';
    if (isTrial) this.#trialInFlight = true;
    try {
      const result = await operation();
      this.#state = 'closed';
      this.#failures = 0;
      return result;
    } catch (error) {
      this.#failures += 1;
      if (isTrial || this.#failures >= this.#failureThreshold) {
        this.#state = 'open';
        this.#openedAt = this.#now();
      }
      throw error;
    } finally {
      if (isTrial) this.#trialInFlight = false;
    }
  }
}
