// The messages the services exchange over the broker. This file is the contract between teams: change a
// message in a backwards-compatible way (add optional fields) or add a new subject, never break one in place.

export interface OrderLine {
  sku: string;
  quantity: number;
}

/** Request/reply subjects: one service answers each, the caller waits for the reply. */
export interface Commands {
  'inventory.reserve': {
    request: { orderId: string; lines: OrderLine[] };
    /** `amount` is the price of the reserved lines in cents: inventory owns the catalogue and its prices. */
    reply: { reserved: true; amount: number } | { reserved: false; reason: string };
  };
  'inventory.release': {
    request: { orderId: string };
    reply: { released: boolean };
  };
  'payments.charge': {
    request: { orderId: string; customerId: string; amount: number };
    reply: { charged: true; paymentId: string } | { charged: false; reason: string };
  };
}

/** Publish/subscribe subjects: facts that already happened; any number of services may listen. */
export interface Events {
  'orders.confirmed': { orderId: string; customerId: string; amount: number };
  'orders.rejected': { orderId: string; reason: string };
}

export type CommandSubject = keyof Commands;
export type EventSubject = keyof Events;
export type RequestOf<S extends CommandSubject> = Commands[S]['request'];
export type ReplyOf<S extends CommandSubject> = Commands[S]['reply'];
