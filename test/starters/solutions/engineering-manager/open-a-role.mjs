// Reference solution of engineering-manager/open-a-role: the scorecard of a senior backend opening, each competency
// mapped to a stage of the loop, with its questions and what each score looks like, listed in the hiring loop.
const scorecard = `# Scorecard: Senior backend engineer, orders

- **Level:** Senior (L4 in the career framework)
- **Hiring manager:** Jordan
- **Opened:** 2025-04-01

## Mission

The orders team grows from four to five engineers to split the orders service out of the monolith this year. After
a year, this person has led the migration of order history, owns the orders API's reliability with the team, and
mentors one of our two juniors.

## Competencies

| Competency | Stage | Must-have |
| --- | --- | --- |
| Coding and testing | Technical exercise | yes |
| System design | System design | yes |
| Production operations | Hiring manager call | no |
| Ownership | Hiring manager call | no |
| Collaboration | Collaboration | yes |

## Rubric

### Coding and testing

1. Here is a failing test in the order service; what does it tell you, and how would you fix it?
2. Which cases would you test before shipping this change, and which would you leave out?

| Score | Evidence |
| --- | --- |
| 1, strong no | could not make the test pass or explain the code they wrote |
| 2, no | fixed the test with help; missed the obvious edge cases |
| 3, yes | fixed it alone, tested the edge cases, explained the trade-offs |
| 4, strong yes | also found the design flaw behind the bug and proposed a safer interface |

### System design

1. Design the order history for support agents: 10 million changes a year, answered in 200 ms.
2. What changes when traffic grows ten times?

| Score | Evidence |
| --- | --- |
| 1, strong no | jumped to a technology without asking about load or data |
| 2, no | a workable design, but no estimates and no failure modes |
| 3, yes | asked for the numbers, chose the store and indexes for reasons, covered failures |
| 4, strong yes | planned the migration without downtime and what to measure after launch |

### Production operations

1. Tell me about the last incident you were part of. What did you do first?
2. How did you know your last feature worked in production?

| Score | Evidence |
| --- | --- |
| 1, strong no | has never looked at a service after deploying it |
| 2, no | talks about incidents only as someone else's job |
| 3, yes | mitigated before investigating, used metrics and logs, wrote a blameless review |
| 4, strong yes | changed alerts or deploys so that a class of incidents stopped happening |

### Ownership

1. Tell me about something you fixed that was not your job.
2. What did you do the last time a project of yours was late?

| Score | Evidence |
| --- | --- |
| 1, strong no | every story ends with someone else's fault |
| 2, no | did their tickets well, but nothing beyond them |
| 3, yes | took responsibility for an outcome, told people early when it slipped |
| 4, strong yes | raised a problem no one owned and organised the people to solve it |

### Collaboration

1. Tell me about a time you disagreed with another team's design. What happened?
2. How do you give feedback to a more senior colleague?

| Score | Evidence |
| --- | --- |
| 1, strong no | dismissive of other people's views in the interview itself |
| 2, no | avoids disagreement, or only escalates |
| 3, yes | disagreed with reasons, then committed; gives specific feedback |
| 4, strong yes | turned a disagreement between teams into a shared plan |
`;

export default () => [
  { file: 'hiring/roles/senior-backend-engineer.md', content: scorecard },
  {
    file: 'hiring/README.md',
    replace: `- Give every candidate who reached the technical stages specific feedback on request.\n`,
    with: `- Give every candidate who reached the technical stages specific feedback on request.

## Open roles

- [Senior backend engineer, orders](roles/senior-backend-engineer.md), opened 2025-04-01
`,
  },
];
