// Reference solution of engineering-manager/plan-the-quarter: two quarters of outcomes balanced between product,
// reliability and technical debt, the dependencies on other teams, and a row in the handbook's contents.
const roadmap = `# Roadmap

The orders team's outcomes for the next two quarters. Product sets the goals with us; the balance between product,
reliability and technical debt follows the error budget and the [team health check](team-health-check.md).

- **Owner:** Jordan (engineering manager), with Maya (product manager)
- **Last reviewed:** 2025-03-28
- **Next review:** 2025-04-25

## Balance

| Quarter | Product | Reliability | Technical debt |
| --- | --- | --- | --- |
| 2025-Q2 | 60% | 25% | 15% |
| 2025-Q3 | 70% | 15% | 15% |

## 2025-Q2

| Outcome | Measure of success | Type | Owner | Due |
| --- | --- | --- | --- | --- |
| Support sees order history | tickets about order status down from 300 to 100 a month | Product | Priya | 2025-06-13 |
| Safe deploys | 0 incidents caused by a deploy that the canary could have stopped | Reliability | Sam | 2025-05-16 |
| Orders out of the monolith's database | 100% of order writes in the orders database | Technical debt | Alex | 2025-06-27 |

## 2025-Q3

| Outcome | Measure of success | Type | Owner | Due |
| --- | --- | --- | --- | --- |
| Guest checkout | 3% more completed checkouts | Product | Kim | 2025-09-12 |
| Faster order list | p99 of the order list under 300 ms at the Q4 peak | Reliability | Priya | 2025-08-29 |
| One-click releases | a release takes under 15 minutes of an engineer's time | Technical debt | Sam | 2025-09-26 |

## Dependencies

| Team | We need | For outcome | Interaction mode | Needed by | Contact |
| --- | --- | --- | --- | --- | --- |
| Platform | canary stages in the deploy pipeline | Safe deploys | X-as-a-Service | 2025-04-30 | #platform-help |
| Data platform | the audit log export for the backfill | Support sees order history | Collaboration | 2025-05-09 | Lee |
| Payments | a guest payment flow in the payment API | Guest checkout | Collaboration | 2025-08-01 | Ana |

When a dependency slips by more than two weeks, the two engineering managers agree a new date or a change of scope
within a week, and tell product.

## Not doing

- Multi-currency orders: asked for by sales, moved to 2026 because payments cannot support it before then.
- Rewriting the admin pages: they are slow but used by four people; a ticket each for the two worst.
`;

export default () => [
  { file: 'roadmap.md', content: roadmap },
  {
    file: 'README.md',
    replace: `| [Team health check](team-health-check.md) | every quarter, and before planning |\n`,
    with: `| [Team health check](team-health-check.md) | every quarter, and before planning |
| [Roadmap](roadmap.md) | you plan a quarter, or someone asks what the team is doing |
`,
  },
];
