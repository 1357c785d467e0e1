// Reference solution of engineering-manager/design-a-schema-change: a design doc for an order status history,
// with DDL that ships without downtime, the queries and their indexes, and an expand / migrate / contract rollout.
const doc = `# Design: Order status history

- **Author:** Priya
- **Reviewers:** Sam (orders), Lee (data platform), Ana (customer support tooling)
- **Status:** Approved with changes
- **Review deadline:** 2025-04-04
- **Last updated:** 2025-04-07

## Summary

Support agents cannot see when an order changed status or who changed it: the orders table keeps only the current
status in a free-text column. We add a status history table and a typed status column, backfill them from the audit
log, and drop the old column once every reader has moved. It costs about three engineer-weeks.

## Problem and context

Support opens 300 tickets a month asking "when did this order ship?" and answers them by searching logs, which takes
15 minutes each. The free-text \`legacy_status\` column has 41 spellings of seven statuses.

## Goals and non-goals

Goals:

- Support sees every status change of an order, with its time and author, in under 200 ms at p99.
- No downtime and no failed writes while the schema changes.

Non-goals:

- Changing the statuses themselves or the order workflow.

## Proposed design

The orders service writes a row to \`order_status_changes\` in the same transaction as every status update, and
exposes \`GET /orders/{id}/history\`.

### Data model

\`\`\`sql
-- Expand
CREATE TABLE order_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  status text NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'created';
CREATE INDEX CONCURRENTLY order_status_changes_order_idx ON order_status_changes (order_id, changed_at);
CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id, created_at DESC);
-- Contract
ALTER TABLE orders DROP COLUMN legacy_status;
\`\`\`

| Query | Peak per second | Index |
| --- | --- | --- |
| History of one order, oldest first | 40 | order_status_changes_order_idx |
| A customer's latest orders | 120 | orders_customer_created_idx |
| One order by id | 900 | primary key |

The history table grows by about 10 million rows a year; at 100 bytes a row it needs no partitioning for years.

### Rollout

1. **Expand:** create the table, the column and the indexes; deploy code that writes both the old and the new
   columns. Rollback: deploy the previous version; the new table and column are unused.
2. **Migrate:** backfill \`status\` and the history from the audit log in batches of 1,000 rows, then switch reads
   to the new column. Rollback: switch reads back; the old column is still written.
3. **Contract:** stop writing \`legacy_status\` and drop it a week later. Rollback: restore the column from the
   nightly backup; we only contract after a week without reads.

## Alternatives considered

- Read the history from the audit log: no schema change, but 2 seconds a query and no index on order ids.
- Do nothing: support keeps spending 75 hours a month on these tickets.

## Reliability and operations

- A failed history insert fails the status update, so the two never disagree.
- We alert on backfill errors and watch replication lag while it runs.

## Security and privacy

\`changed_by\` holds an employee id, not a name; the history is visible to support agents only.

## Plan

1. Expand and dual writes: one week, orders team.
2. Backfill and read switch: one week, orders team with the data platform team.
3. Contract: one day, a week after the switch.

## Open questions

- How long do we keep the history? Owner: Priya, with legal, by 2025-04-30.
`;

export default () => [
  { file: 'design-docs/order-status-history.md', content: doc },
  {
    file: 'design-docs/README.md',
    replace: `| _Fill in_ | _Fill in_ | _Fill in_ |`,
    with: `| [Order status history](order-status-history.md) | Priya | Approved with changes |`,
  },
];
