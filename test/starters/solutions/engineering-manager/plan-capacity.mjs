// Reference solution of engineering-manager/plan-capacity: a year's capacity plan for the orders API, with a USE
// table, a forecast whose instance counts follow from the numbers, and a row in the handbook's contents.
const plan = `# Capacity plan: orders-api

- **Owner:** the orders team
- **Reviewed:** 2025-03-20
- **Next review:** 2025-06-19
- **Capacity per instance:** 400 requests/s with p99 within the 300 ms latency SLO
- **Headroom:** 30%, for a lost instance during a deploy and for spikes within the hour
- **Bottleneck:** Database connections

## Load test

We replayed a copy of last Black Friday's traffic against one instance in staging (2 vCPU, 4 GB, a pool of 20
database connections), raising the rate by 50 requests/s every five minutes. Above 400 requests/s the p99 latency
passed 300 ms and requests started to wait for a database connection.

## Resources

| Resource | Utilization | Saturation | Errors |
| --- | --- | --- | --- |
| CPU | 55% | run queue below 1 | none |
| Memory | 40% | no swapping | none |
| Database connections | 100% | 35 requests waiting for a connection | 0.3% timeouts |
| Network | 15% | none | none |

## Forecast

Peaks grow 15% a quarter with the marketing plan, and the fourth quarter has the holiday sales.

| Quarter | Peak requests/s | Instances needed | Instances planned |
| --- | --- | --- | --- |
| 2025-Q2 | 1,800 | 7 | 8 |
| 2025-Q3 | 2,100 | 8 | 8 |
| 2025-Q4 | 2,900 | 11 | 12 |
| 2026-Q1 | 2,300 | 9 | 9 |

## Limits

- The database primary takes at most 500 connections: 12 instances with pools of 20 use 240, so a connection
  pooler is needed before 25 instances.
- The payment provider allows 300 requests/s per merchant account; checkout peaks at 250 in 2025-Q4.

## Overload

- Shed load: above 90% of capacity, the load balancer answers \`503\` with \`Retry-After\` to order exports and
  reports first, and keeps checkout.
- Bound the waiting: a request waits at most 100 ms for a database connection, then fails fast instead of
  queueing.
- Degrade: the order page shows recommendations only while the recommendation service answers within 50 ms.
`;

export default () => [
  { file: 'capacity/orders-api.md', content: plan },
  {
    file: 'README.md',
    replace: `| [Team health check](team-health-check.md) | every quarter, and before planning |\n`,
    with: `| [Team health check](team-health-check.md) | every quarter, and before planning |
| [Capacity plan: orders-api](capacity/orders-api.md) | traffic grows, or every quarter |
`,
  },
];
