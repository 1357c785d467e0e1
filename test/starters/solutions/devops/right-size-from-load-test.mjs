// Reference solution of devops/right-size-from-load-test: requests from the load test's numbers at 300 req/s, a CPU
// limit with room for bursts, guaranteed memory, and a V8 heap that fits inside it.
export default () => [
  {
    file: 'k8s/deployment.yaml',
    replace: `          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              cpu: 500m
              memory: 256Mi
`,
    with: `          # From the load test: 210m of CPU at the planned 300 req/s per pod, 118Mi peak working set. Memory
          # request = limit, so the pod is never evicted for using what it may use.
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              cpu: "1"
              memory: 256Mi
`,
  },
  {
    file: 'k8s/configmap.yaml',
    replace: `  SHUTDOWN_DELAY_MS: "5000"
`,
    with: `  SHUTDOWN_DELAY_MS: "5000"
  # V8's old space capped well inside the 256Mi memory limit (the load test used 45Mi of heap at its peak), so the
  # garbage collector works harder before the kernel's OOM killer steps in.
  NODE_OPTIONS: --max-old-space-size=160
`,
  },
  {
    file: 'k8s/hpa.yaml',
    replace: `# Scales on CPU, measured against the container's CPU request (100m). Needs metrics-server in the cluster.`,
    with: `# Scales on CPU, measured against the container's CPU request: 70% of 250m = 175m, about 250 req/s per pod, below the
# 300 req/s the pods are sized for. Needs metrics-server in the cluster.`,
  },
];
