// Reference solution of devops/scale-on-concurrency: a gauge of the requests in flight (counted down once, also when
// the client hangs up), an HPA that scales on it per pod beside CPU and scales in slowly, and the prometheus-adapter
// rule that serves it to the HPA.
const adapter = `# Helm values for prometheus-community/prometheus-adapter, which serves Prometheus series to the HPA through the
# custom metrics API:
#   helm install prometheus-adapter prometheus-community/prometheus-adapter -n monitoring -f monitoring/prometheus-adapter.yaml
# Prometheus must scrape the pods with their namespace and pod labels (the kubernetes-pods job of most setups does).
prometheus:
  url: http://prometheus-operated.monitoring.svc
  port: 9090

rules:
  default: false
  custom:
    - seriesQuery: 'http_requests_in_flight{namespace!="", pod!=""}'
      resources:
        overrides:
          namespace: { resource: namespace }
          pod: { resource: pod }
      name:
        as: http_requests_in_flight
      metricsQuery: 'sum(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)'
`;

export default () => [
  {
    file: 'src/metrics.ts',
    replace: `import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';`,
    with: `import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';`,
  },
  {
    file: 'src/metrics.ts',
    replace: `  duration: Histogram<'method' | 'route' | 'status_code'>;
}`,
    with: `  duration: Histogram<'method' | 'route' | 'status_code'>;
  /** Requests being handled right now: what the HorizontalPodAutoscaler scales on besides CPU. */
  inFlight: Gauge;
}`,
  },
  {
    file: 'src/metrics.ts',
    replace: `      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };`,
    with: `      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: 'http_requests_in_flight',
      help: 'HTTP requests being handled right now (probes and scrapes left out).',
      registers: [registry],
    }),
  };`,
  },
  {
    file: 'src/app.ts',
    replace: `import Fastify, { type FastifyInstance } from 'fastify';`,
    with: `import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';`,
  },
  {
    file: 'src/app.ts',
    replace: `  app.addHook('onResponse', async (request, reply) => {`,
    with: `  // Up when a request arrives, down once when it is answered or its client hangs up: Fastify then calls
  // onRequestAbort and never onResponse, and a gauge that misses it would only ever grow.
  const inFlight = new WeakSet<FastifyRequest>();
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.metrics === false) return;
    inFlight.add(request);
    metrics.inFlight.inc();
  });
  const finished = async (request: FastifyRequest) => {
    if (inFlight.delete(request)) metrics.inFlight.dec();
  };
  app.addHook('onResponse', finished);
  app.addHook('onRequestAbort', finished);

  app.addHook('onResponse', async (request, reply) => {`,
  },
  {
    file: 'k8s/hpa.yaml',
    replace: `          type: Utilization
          averageUtilization: 70
`,
    with: `          type: Utilization
          averageUtilization: 70
    # Once the app waits on Redis or a database, requests queue up while CPU stays low: also scale on the
    # requests in flight per pod (from Prometheus, through prometheus-adapter). The HPA takes the larger count.
    - type: Pods
      pods:
        metric:
          name: http_requests_in_flight
        target:
          type: AverageValue
          averageValue: "10"
  behavior:
    scaleUp:
      # Double quickly when load arrives.
      stabilizationWindowSeconds: 0
      policies:
        - type: Percent
          value: 100
          periodSeconds: 15
    scaleDown:
      # Remove pods only after 5 minutes of lower load, one a minute, so short dips do not make them flap.
      stabilizationWindowSeconds: 300
      policies:
        - type: Pods
          value: 1
          periodSeconds: 60
`,
  },
  { file: 'monitoring/prometheus-adapter.yaml', content: adapter },
];
