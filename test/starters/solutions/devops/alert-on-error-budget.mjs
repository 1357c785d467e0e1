// Reference solution of devops/alert-on-error-budget: the error ratio recorded over 5 minutes and 1 hour, a page when
// both burn the 1 % budget of a 99 % SLO 14.4 times too fast, and promtool tests for an outage and a short spike.
const rules = (projectName) => `
  # SLO: 99% of requests succeed (no 5xx) over 30 days, so the error budget is 1%. A burn rate of 14.4 spends a
  # month's budget in about two days. Requiring both windows pages fast on a real outage (5m) without paging on a
  # short spike (1h), and resolves soon after the errors stop.
  - name: ${projectName}-slo
    rules:
      - record: job:slo_errors_per_request:ratio_rate5m
        expr: |
          sum by (job) (rate(http_requests_total{job="${projectName}", status_code=~"5.."}[5m]))
            / sum by (job) (rate(http_requests_total{job="${projectName}"}[5m]))

      - record: job:slo_errors_per_request:ratio_rate1h
        expr: |
          sum by (job) (rate(http_requests_total{job="${projectName}", status_code=~"5.."}[1h]))
            / sum by (job) (rate(http_requests_total{job="${projectName}"}[1h]))

      - alert: ErrorBudgetBurn
        expr: |
          job:slo_errors_per_request:ratio_rate1h{job="${projectName}"} > (14.4 * 0.01)
            and
          job:slo_errors_per_request:ratio_rate5m{job="${projectName}"} > (14.4 * 0.01)
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: "${projectName} is burning its error budget 14.4 times too fast"
          description: "More than 14.4% of requests failed over the last hour and the last 5 minutes; at this rate the 30-day error budget of 1% is gone in about two days."
`;

const tests = (projectName) => `
  - name: ErrorBudgetBurn pages about ten minutes into a full outage
    interval: 1m
    input_series:
      - series: 'http_requests_total{job="${projectName}", route="/api/greeting", method="GET", status_code="200"}'
        values: "0+1000x30 30000x60"
      - series: 'http_requests_total{job="${projectName}", route="/api/greeting", method="GET", status_code="500"}'
        values: "0x30 0+1000x60"
    alert_rule_test:
      # Five minutes in, the 5m window burns but the 1h window has not caught up: no page yet.
      - eval_time: 36m
        alertname: ErrorBudgetBurn
        exp_alerts: []
      - eval_time: 45m
        alertname: ErrorBudgetBurn
        exp_alerts:
          - exp_labels:
              severity: critical
              job: ${projectName}
            exp_annotations:
              summary: "${projectName} is burning its error budget 14.4 times too fast"
              description: "More than 14.4% of requests failed over the last hour and the last 5 minutes; at this rate the 30-day error budget of 1% is gone in about two days."

  - name: ErrorBudgetBurn does not page for a three-minute spike of errors
    interval: 1m
    input_series:
      - series: 'http_requests_total{job="${projectName}", route="/api/greeting", method="GET", status_code="200"}'
        values: "0+1000x60"
      - series: 'http_requests_total{job="${projectName}", route="/api/greeting", method="GET", status_code="500"}'
        values: "0x30 0+1000x3 3000x27"
    alert_rule_test:
      - eval_time: 34m
        alertname: ErrorBudgetBurn
        exp_alerts: []
      - eval_time: 40m
        alertname: ErrorBudgetBurn
        exp_alerts: []
`;

export default ({ projectName }) => [
  {
    file: 'monitoring/alerts.yml',
    replace: `          description: "p95 latency has been {{ $value | humanizeDuration }} for 10 minutes."
`,
    with: `          description: "p95 latency has been {{ $value | humanizeDuration }} for 10 minutes."
${rules(projectName)}`,
  },
  {
    file: 'monitoring/alerts.test.yml',
    replace: `              description: "p95 latency has been 974.7ms for 10 minutes."
`,
    with: `              description: "p95 latency has been 974.7ms for 10 minutes."
${tests(projectName)}`,
  },
];
