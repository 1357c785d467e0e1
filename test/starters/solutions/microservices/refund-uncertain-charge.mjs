// Reference solution of microservices/refund-uncertain-charge: a payments.refund command (idempotent, and a late
// charge after it is declined) and a saga that refunds when a charge timed out or failed remotely.
export default () => [
  {
    file: 'src/shared/contracts.ts',
    replace: `    reply: { charged: true; paymentId: string } | { charged: false; reason: string };
  };
`,
    with: `    reply: { charged: true; paymentId: string } | { charged: false; reason: string };
  };
  /** The compensation for payments.charge: gives back what it took for the order, if anything. Idempotent. */
  'payments.refund': {
    request: { orderId: string; customerId: string };
    reply: { refunded: boolean };
  };
`,
  },
  {
    file: 'src/payments/payments.ts',
    replace: `  readonly #byOrder = new Map<string, Payment>();
`,
    with: `  readonly #byOrder = new Map<string, Payment>();
  readonly #refunded = new Set<string>();
`,
  },
  {
    file: 'src/payments/payments.ts',
    replace: `    const existing = this.#byOrder.get(orderId);
    if (existing) return { charged: true, paymentId: existing.paymentId };
`,
    with: `    // A refund can overtake a slow charge (the saga timed out and compensated); the late charge must not win.
    if (this.#refunded.has(orderId)) return { charged: false, reason: \`order \${orderId} was already refunded\` };
    const existing = this.#byOrder.get(orderId);
    if (existing) return { charged: true, paymentId: existing.paymentId };
`,
  },
  {
    file: 'src/payments/payments.ts',
    replace: `  balance(customerId: string): number | undefined {`,
    with: `  /** The compensation for charge: gives the money back once. Safe for an order that was never charged (false). */
  refund(orderId: string, customerId: string): boolean {
    if (this.#refunded.has(orderId)) return false;
    this.#refunded.add(orderId);
    const payment = this.#byOrder.get(orderId);
    if (!payment || payment.customerId !== customerId) return false;
    this.#balances.set(payment.customerId, (this.#balances.get(payment.customerId) ?? 0) + payment.amount);
    return true;
  }

  balance(customerId: string): number | undefined {`,
  },
  {
    file: 'src/payments/service.ts',
    replace: `  const subscription = broker.respond('payments.charge', 'payments', ({ orderId, customerId, amount }) =>
    payments.charge(orderId, customerId, amount),
  );
  app.addHook('onClose', async () => subscription.unsubscribe());`,
    with: `  const subscriptions = [
    broker.respond('payments.charge', 'payments', ({ orderId, customerId, amount }) => payments.charge(orderId, customerId, amount)),
    broker.respond('payments.refund', 'payments', ({ orderId, customerId }) => ({ refunded: payments.refund(orderId, customerId) })),
  ];
  app.addHook('onClose', async () => subscriptions.forEach((subscription) => subscription.unsubscribe()));`,
  },
  {
    file: 'src/orders/place-order-saga.ts',
    replace: `import { type Broker, DEFAULT_REQUEST_TIMEOUT_MS } from '../shared/broker.js';`,
    with: `import { type Broker, DEFAULT_REQUEST_TIMEOUT_MS, RemoteError, RequestTimeoutError } from '../shared/broker.js';`,
  },
  {
    file: 'src/orders/place-order-saga.ts',
    replace: `      // A timed-out charge may still have gone through. Payments is idempotent per order, so the fix is a
      // refund compensation (or asking payments for the outcome) before rejecting: see the README's exercises.
      return this.#compensate(orderId, \`payments unavailable: \${messageOf(error)}\`);`,
    with: `      // A timeout or a remote error does not tell whether the money was taken, so refund (idempotent) to be sure.
      // NoRespondersError and CircuitOpenError mean no payments instance ever got the charge: nothing to undo.
      const uncertain = error instanceof RequestTimeoutError || error instanceof RemoteError;
      return this.#compensate(orderId, \`payments unavailable: \${messageOf(error)}\`, { refundFrom: uncertain ? order.customerId : undefined });`,
  },
  {
    file: 'src/orders/place-order-saga.ts',
    replace: `  async #compensate(orderId: string, reason: string): Promise<Order> {
    this.#orders.update(orderId, {}, reason);
    try {`,
    with: `  /** refundFrom: the customer to refund first, when the charge may have gone through. */
  async #compensate(orderId: string, reason: string, { refundFrom }: { refundFrom?: string | undefined } = {}): Promise<Order> {
    this.#orders.update(orderId, {}, reason);
    let refundFailed = false;
    if (refundFrom !== undefined) {
      try {
        const { refunded } = await this.#broker.request(
          'payments.refund',
          { orderId, customerId: refundFrom },
          { timeoutMs: this.#timeoutMs },
        );
        this.#orders.update(orderId, {}, refunded ? 'payment refunded' : 'no payment to refund');
      } catch (error) {
        this.#log?.error({ orderId, err: error }, 'refund failed, payment needs attention');
        this.#orders.update(orderId, {}, \`refund failed: \${messageOf(error)}\`);
        refundFailed = true;
      }
    }
    try {`,
  },
  {
    file: 'src/orders/place-order-saga.ts',
    replace: `    this.#orders.update(orderId, {}, 'stock released');
    return this.#reject(orderId, reason, 'rejected');`,
    with: `    this.#orders.update(orderId, {}, 'stock released');
    // The order will not be fulfilled either way, but whether the customer paid must be checked by hand.
    if (refundFailed) return this.#orders.update(orderId, { status: 'failed', reason }, 'payment needs checking by hand');
    return this.#reject(orderId, reason, 'rejected');`,
  },
  {
    file: 'test/place-order-saga.test.ts',
    replace: `  it('releases the reserved stock when the payment times out', async () => {
    const { broker, place, stock } = setup({ payments: false });
    broker.respond('payments.charge', 'payments', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { charged: true, paymentId: 'too-late' };
    });
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: no reply to payments.charge within 100 ms' });
    expect(stock()).toBe(3);`,
    with: `  it('refunds and releases the reserved stock when the payment times out', async () => {
    const { broker, place, stock } = setup({ payments: false });
    broker.respond('payments.charge', 'payments', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { charged: true, paymentId: 'too-late' };
    });
    broker.respond('payments.refund', 'payments', () => ({ refunded: true }));
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: no reply to payments.charge within 100 ms' });
    expect(order.history).toContain('payment refunded');
    expect(stock()).toBe(3);`,
  },
];
