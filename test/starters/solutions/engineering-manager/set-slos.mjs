// Reference solution of engineering-manager/set-slos: the SLOs of the orders API, with an error budget, burn-rate
// alerts and a latency budget whose numbers agree, linked from the on-call guide.
const slos = `# SLOs: orders-api

- **Owner:** the orders team
- **Agreed with:** Maya (product manager for checkout), on 2025-01-20
- **Window:** 28 days, rolling
- **Requests per window:** 52,000,000

## Objectives

| SLI | Good event | Measured at | Target |
| --- | --- | --- | --- |
| Availability | a response that is not a 5xx | load balancer | 99.9% |
| Latency | a response within 300 ms | load balancer | 99% |

## Error budget

| SLI | Allowed bad share | Allowed bad requests | Minutes of full outage |
| --- | --- | --- | --- |
| Availability | 0.1% | 52,000 | 40.3 |
| Latency | 1% | 520,000 | 403.2 |

## Alerts

| Alert | SLI | Burn rate | Long window | Short window | Budget spent | Action |
| --- | --- | --- | --- | --- | --- | --- |
| Errors, fast burn | Availability | 14.4 | 1 hour | 5 minutes | 2.1% | page |
| Errors, slow burn | Availability | 6 | 6 hours | 30 minutes | 5.4% | page |
| Slow responses, fast burn | Latency | 14.4 | 1 hour | 5 minutes | 2.1% | page |
| Errors, drifting | Availability | 1 | 3 days | 6 hours | 10.7% | ticket |

## Latency budget

| Hop | Budget p99 (ms) | Measured p99 (ms) |
| --- | --- | --- |
| Load balancer and TLS | 20 | 12 |
| Request handling | 80 | 95 |
| Database queries | 150 | 210 |
| Payment provider | 50 | 40 |
| Total | 300 | 340 |

## Performance work

1. Database queries: the order list scans every order of a customer; add an index on (customer_id, created_at)
   and check the plan of the five slowest queries.
2. Request handling: serialising large orders takes 20 ms; profile it and stream the response.

## Error budget policy

- While budget is left, we ship as usual and may spend it on risky changes and experiments.
- When a quarter of the budget goes in one incident, that incident gets a postmortem.
- When the budget is spent, only reliability fixes and security patches ship until it recovers.
`;

export default () => [
  { file: 'on-call/slo-orders-api.md', content: slos },
  {
    file: 'on-call/README.md',
    replace: `> **Fill in:** the paging tool, the schedule link, and how swaps are arranged.`,
    with: `> **Fill in:** the paging tool, the schedule link, and how swaps are arranged.

The service level objectives we are paged for: [orders-api](slo-orders-api.md).`,
  },
];
