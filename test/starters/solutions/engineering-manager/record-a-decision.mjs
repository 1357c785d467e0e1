// Reference solution of engineering-manager/record-a-decision: ADR 0002 with real options, and its row in the
// decision log.
const adr = `# 0002. Use PostgreSQL for the orders service

- **Status:** Accepted
- **Date:** 2025-03-14
- **Deciders:** the engineering manager, Priya (tech lead), Sam (senior engineer)
- **Consulted:** the payments team, the data platform team

## Context

The orders service stores about 2 million orders a year, growing 40% a year, with 50 writes per second at peak and
ten reads for every write. Orders reference customers, payments and shipments, and finance reconciles them every
night, so the data must be consistent and queryable with ad-hoc SQL. The team knows PostgreSQL well; nobody has run
a document database in production.

## Options considered

### Option 1: PostgreSQL

- Good, because transactions and foreign keys keep orders, payments and shipments consistent.
- Good, because the team and the data platform already run it, with backups and monitoring in place.
- Bad, because schema changes need migrations, rolled out without downtime.

### Option 2: MongoDB

- Good, because an order and its lines fit naturally in one document.
- Bad, because multi-document transactions are newer and nobody on the team has operated it.
- Bad, because finance's reconciliation queries would need a separate export to SQL.

### Option 3: Do nothing

Keep orders in the shared monolith database.

- Good, because it costs nothing now.
- Bad, because every schema change needs a release of the monolith, which blocks our roadmap.

## Decision

We will store orders in PostgreSQL, one database owned by the orders service. It won over MongoDB because it keeps
orders consistent with payments and shipments, and the team can operate it from day one.

## Consequences

- Other services read orders through the orders API, never the database.
- Every schema change follows expand, migrate, contract, described in a design doc.
- We revisit this decision if writes grow beyond 2,000 per second, where a single primary needs partitioning.

## Links

- [Decision log](README.md#decision-log)
`;

export default () => [
  { file: 'decisions/0002-use-postgresql-for-orders.md', content: adr },
  {
    file: 'decisions/README.md',
    replace: `| [0001](0001-record-architecture-decisions.md) | Record architecture decisions | Accepted | _Fill in_ |\n`,
    with: `| [0001](0001-record-architecture-decisions.md) | Record architecture decisions | Accepted | _Fill in_ |
| [0002](0002-use-postgresql-for-orders.md) | Use PostgreSQL for the orders service | Accepted | 2025-03-14 |
`,
  },
];
