// Check of the exercise "Page on error budget burn" (README). It reads the rules with the Prometheus rules schema
// and every expression with the PromQL grammar of Prometheus' own UI. It cannot evaluate them: run the rule tests
// with promtool for that (the README shows how), as the project's CI does.
import { describe, expect, it } from 'vitest';
import { type Doc, expectSchemaValid, parsePromql, projectName, readYaml } from './helpers.js';

const RULES = 'monitoring/alerts.yml';
const TESTS = 'monitoring/alerts.test.yml';
const ALERT = 'ErrorBudgetBurn';
const RATIOS = { '5m': 'job:slo_errors_per_request:ratio_rate5m', '1h': 'job:slo_errors_per_request:ratio_rate1h' } as const;

function rules(): Doc[] {
  const document = readYaml(RULES);
  expectSchemaValid('Prometheus rules', document, RULES);
  const all: Doc[] = (document.groups ?? []).flatMap((g: Doc) => g.rules ?? []);
  for (const rule of all) parsePromql(String(rule.expr), `${RULES}: ${rule.alert ?? rule.record}`);
  return all;
}

function alertRule(): Doc {
  const alert = rules().find((r) => r.alert === ALERT);
  expect(alert, `${RULES} should define the alert ${ALERT}`).toBeDefined();
  return alert;
}

describe('recording rules', () => {
  it.each(Object.entries(RATIOS))('records the share of failed requests over %s', (window, name) => {
    const rule = rules().find((r) => r.record === name);
    expect(rule, `${RULES} should record ${name}`).toBeDefined();
    const expr = String(rule.expr);
    const { metrics, ranges } = parsePromql(expr, `${RULES}: ${name}`);
    expect(metrics, `${name} should be computed from http_requests_total`).toContain('http_requests_total');
    expect(
      [...new Set(ranges)],
      `${name} should use [${window}] in every rate(); it uses ${ranges.map((r) => `[${r}]`).join(', ')}`,
    ).toEqual([window]);
    expect(expr, `${name} should count failures as status_code=~"5.."`).toMatch(/status_code\s*=~\s*"5\.\."/);
    expect(expr, `${name} should select this service: job="${projectName}"`).toContain(`job="${projectName}"`);
    expect(expr, `${name} should keep the job label: aggregate with sum by (job) (…)`).toMatch(
      /sum\s+by\s*\(\s*job\s*\)|sum\s*\([\s\S]*\)\s*by\s*\(\s*job\s*\)/,
    );
    expect(expr, `${name} is a ratio: failed requests / all requests`).toContain('/');
  });
});

describe(`the ${ALERT} alert`, () => {
  it('fires when both the 1 h and the 5 min windows burn the budget 14.4 times too fast', () => {
    const alert = alertRule();
    const { metrics, nodes, numbers } = parsePromql(String(alert.expr), `${RULES}: ${ALERT}`);
    for (const ratio of Object.values(RATIOS)) expect(metrics, `${ALERT} should use the recorded ${ratio}`).toContain(ratio);
    expect(nodes.has('And'), `${ALERT} should require both windows: <1h ratio> > … and <5m ratio> > …`).toBe(true);
    const product = numbers.includes(14.4) && numbers.includes(0.01);
    expect(
      product || numbers.filter((n) => Math.abs(n - 0.144) < 1e-9).length >= 2,
      `${ALERT} should compare both ratios with 14.4 × the error budget of 1 %: > (14.4 * 0.01), or > 0.144`,
    ).toBe(true);
  });

  it('pages someone, with something to go on', () => {
    const alert = alertRule();
    expect(alert.for, `${ALERT} should have a short for: (e.g. 2m) so a single bad scrape does not page`).toBeTruthy();
    expect(alert.labels?.severity, `${ALERT} should page: labels: severity: critical`).toBe('critical');
    expect(alert.annotations?.summary, `${ALERT} needs a summary annotation`).toBeTruthy();
    expect(alert.annotations?.description, `${ALERT} needs a description annotation`).toBeTruthy();
  });
});

describe(`tests of ${ALERT} in ${TESTS}`, () => {
  function alertTests() {
    const document = readYaml(TESTS);
    expect(document.rule_files, `${TESTS} should still load alerts.yml`).toContain('alerts.yml');
    return (document.tests ?? []).flatMap((test: Doc) =>
      (test.alert_rule_test ?? []).filter((t: Doc) => t.alertname === ALERT).map((t: Doc) => ({ test, case: t })),
    ) as { test: Doc; case: Doc }[];
  }

  it('has a test where the alert fires', () => {
    const firing = alertTests().filter(({ case: c }) => (c.exp_alerts ?? []).length > 0);
    expect(firing.length, `${TESTS} should test a case where ${ALERT} fires (exp_alerts with its labels)`).toBeGreaterThan(0);
    const { test, case: c } = firing[0] as { test: Doc; case: Doc };
    expect(c.exp_alerts[0].exp_labels?.severity, 'the firing case should expect severity: critical').toBe('critical');
    expect(c.exp_alerts[0].exp_labels?.job, `the firing case should expect job: ${projectName}`).toBe(projectName);
    const series = (test.input_series ?? []).map((s: Doc) => String(s.series));
    expect(
      series.some((s: string) => s.startsWith('http_requests_total{')),
      'feed the test raw http_requests_total series: promtool evaluates your recording rules too',
    ).toBe(true);
  });

  it('has a test where a short spike of errors does not page', () => {
    const quiet = alertTests().filter(({ case: c }) => Array.isArray(c.exp_alerts) && c.exp_alerts.length === 0);
    expect(
      quiet.length,
      `${TESTS} should test a case where ${ALERT} stays silent (exp_alerts: []), e.g. a few minutes of errors the 1 h window absorbs`,
    ).toBeGreaterThan(0);
  });
});
