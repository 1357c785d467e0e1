// Reference solution of microservices/mesh-orders: Istio sidecars in the namespace, strict mTLS, a v2 canary of
// orders taking 10% of the traffic, retries and a timeout for GETs only (shorter than the gateway's), and outlier
// detection; the NATS port was already declared TCP.
import { deployment, natsEnv, service } from './onto-kubernetes.mjs';

const meshYaml = (
  namespace,
) => `# Istio: install it (istioctl install --set profile=demo), then kubectl apply -f k8s/. Linkerd does the same with
# the linkerd.io/inject annotation (mTLS is on by default), an HTTPRoute for the split and retry annotations.

# Every connection between pods of the namespace is mutual TLS; plain text is refused.
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: ${namespace}
spec:
  mtls:
    mode: STRICT
---
# Except into the gateway, which takes plain traffic from its LoadBalancer (an Istio ingress gateway would be the
# way in otherwise).
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: gateway
  namespace: ${namespace}
spec:
  selector:
    matchLabels:
      app: gateway
  mtls:
    mode: PERMISSIVE
---
# The versions of orders, and when to stop sending traffic to a pod that keeps failing (the mesh's circuit breaker).
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: orders
  namespace: ${namespace}
spec:
  host: orders
  trafficPolicy:
    outlierDetection:
      consecutive5xxErrors: 5
      interval: 10s
      baseEjectionTime: 30s
      maxEjectionPercent: 50
  subsets:
    - name: v1
      labels:
        version: v1
    - name: v2
      labels:
        version: v2
---
# 10% of the traffic tries v2. GETs are retried and time out before the gateway's own 3 s timeout; a POST is never
# retried after a server error, since the order may already have been placed.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: orders
  namespace: ${namespace}
spec:
  hosts:
    - orders
  http:
    - name: reads
      match:
        - method:
            exact: GET
      timeout: 2s
      retries:
        attempts: 2
        perTryTimeout: 600ms
        retryOn: 5xx,connect-failure,reset
      route: &canary
        - destination:
            host: orders
            subset: v1
          weight: 90
        - destination:
            host: orders
            subset: v2
          weight: 10
    - name: writes
      retries:
        attempts: 0
      route: *canary
`;

export default ({ projectName: namespace }) => [
  {
    file: 'k8s/namespace.yaml',
    replace: `metadata:
  name: ${namespace}
`,
    with: `metadata:
  name: ${namespace}
  labels:
    istio-injection: enabled
`,
  },
  {
    file: 'k8s/orders.yaml',
    content: `# Two versions behind one Service: the mesh (k8s/mesh.yaml) decides which one a request goes to.
${deployment({ namespace, image: `${namespace}:dev`, service: 'orders', port: 3001, env: natsEnv, labels: { app: 'orders', version: 'v1' } })}---
${deployment({ namespace, image: `${namespace}:v2`, service: 'orders', name: 'orders-v2', port: 3001, env: natsEnv, labels: { app: 'orders', version: 'v2' } })}---
${service({ namespace, name: 'orders', port: 3001 })}`,
  },
  { file: 'k8s/mesh.yaml', content: meshYaml(namespace) },
];
