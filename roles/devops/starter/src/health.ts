export type Readiness = 'starting' | 'ready' | 'draining';

/**
 * Liveness says "this process works" (restart me if not); readiness says "send me traffic". They differ while
 * the app starts and while it shuts down, which is exactly when Kubernetes needs to tell them apart.
 */
export class Health {
  #state: Readiness = 'starting';

  get state(): Readiness {
    return this.#state;
  }

  markReady(): void {
    this.#state = 'ready';
  }

  markDraining(): void {
    this.#state = 'draining';
  }
}
