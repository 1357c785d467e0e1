// Reference solution of engineering-manager/learn-from-an-incident: a postmortem whose timeline gives the times to
// detect and mitigate, its listing in the on-call guide, and the runbook entry of the alert rewritten as steps.
const postmortem = `# Postmortem: Checkout errors after the 1.42 deploy

- **Date of the incident:** 2025-02-11
- **Severity:** SEV2
- **Authors:** Sam, Priya
- **Status:** Reviewed

This review is **blameless**: we assume everyone acted reasonably with the information they had, and look for
the conditions in our systems and processes that allowed the incident.

## Summary

Version 1.42 of the orders API sent a new field to the payment provider, which rejected it. For 15 minutes, 18% of
checkouts failed until the deploy was rolled back.

## Impact

About 2,300 checkout attempts failed with a 500; 60% of those customers retried successfully within the hour. The
incident used 45% of the month's availability error budget and caused 41 support tickets.

## Timeline

All times in UTC.

| Time | Event |
| --- | --- |
| 14:02 | Deploy of version 1.42 starts |
| 14:06 | **Impact starts:** the first instances on 1.42 fail checkouts with a 500 |
| 14:13 | **Detected:** the errors fast-burn alert pages the primary, Sam |
| 14:15 | Sam declares a SEV2 and starts the rollback |
| 14:21 | **Mitigated:** all instances are back on 1.41; the error rate is under 0.1% |
| 15:40 | **Resolved:** 1.43 drops the field and ships through the canary stage |

## Root causes and contributing factors

- The payment provider's sandbox accepts unknown fields; production rejects them, so the tests passed.
- The deploy replaced every instance within four minutes, with no canary stage to stop it.
- The alert waited for a full five-minute short window before paging.

## Detection and response

Time to detect: 7 minutes, from the first failed checkout to the page.
Time to mitigate: 15 minutes. The rollback itself took six minutes; finding the rollback command in the chat history
took two of them.

## What went well

- The fast-burn alert paged on the symptom users felt, not on a host metric.
- The primary rolled back before investigating.

## Action items

| Action | Type | Owner | Ticket | Due |
| --- | --- | --- | --- | --- |
| Add a canary stage that stops the deploy at 1% errors | prevent | Priya | ORD-812 | 2025-03-07 |
| Contract test against the payment provider's production schema | prevent | Lee | ORD-813 | 2025-03-14 |
| Page on checkout errors separately from other endpoints | detect | Sam | ORD-814 | 2025-02-28 |
| [Rewrite the runbook entry as steps, with the rollback command](../runbook.md#high-error-rate) | mitigate | Sam | ORD-815 | 2025-02-21 |
`;

const runbookBefore = `### High error rate

- **Impact:** users get errors; the SLO budget is burning.
- **Check:** the error dashboard grouped by endpoint and status code; a deploy in the last hour; the health of
  the database and dependencies.
- **Mitigate:** if it started with a deploy, roll back first. If one dependency fails, enable its fallback or
  switch off the feature that uses it.
- **Escalate:** after 30 minutes without mitigation, page the secondary and the owning team of the failing
  dependency.
`;

const runbookAfter = `### High error rate

**Impact:** users get errors; the SLO budget is burning.

1. Open the error dashboard grouped by endpoint and status code, and note when the errors started.
2. If a deploy started in the hour before, roll it back first: \`deploy rollback orders-api\`. Investigate later.
3. If one dependency fails, enable its fallback or switch off the feature that uses it.
4. **Verify:** the error rate stays under 0.1% for 15 minutes, then post the all-clear in the incident channel.

**Escalate:** after 30 minutes without mitigation, page the secondary and the owning team of the failing
dependency.
`;

export default () => [
  { file: 'on-call/postmortems/2025-02-11-checkout-errors-after-deploy.md', content: postmortem },
  { file: 'on-call/runbook.md', replace: runbookBefore, with: runbookAfter },
  {
    file: 'on-call/README.md',
    replace: `night pages per week means reliability work goes ahead of feature work until it drops.\n`,
    with: `night pages per week means reliability work goes ahead of feature work until it drops.

## Postmortems

- 2025-02-11: [Checkout errors after the 1.42 deploy](postmortems/2025-02-11-checkout-errors-after-deploy.md)
`,
  },
];
