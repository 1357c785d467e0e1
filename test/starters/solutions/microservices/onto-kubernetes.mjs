// Reference solution of microservices/onto-kubernetes: a Namespace, NATS, and a Deployment per service (the
// Compose image and command, probes on /health, resources), with Services for what is called over the network;
// the services find each other by Service name through Kubernetes DNS, and only the gateway is exposed.
/** A Deployment of one service; `labels` (default app: <service>) select its pods. Also used by mesh-orders. */
export const deployment = ({ namespace, image, service, port, replicas = 1, env, name = service, labels = { app: service } }) => {
  const labelLines = (indent) =>
    Object.entries(labels)
      .map(([key, value]) => `${' '.repeat(indent)}${key}: ${value}`)
      .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${labelLines(4)}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
${labelLines(6)}
  template:
    metadata:
      labels:
${labelLines(8)}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: ${service}
          image: ${image}
          command: [node, dist/${service}/main.js]
          ports:
            - name: http
              containerPort: ${port}
          env:
            - name: PORT
              value: "${port}"
${env.map(([name, value]) => `            - name: ${name}\n              value: ${value}`).join('\n')}
          readinessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 10
            periodSeconds: 10
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 256Mi
`;
};

export const service = ({ namespace, name, port, targetPort = 'http', type }) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:${type ? `\n  type: ${type}` : ''}
  selector:
    app: ${name}
  ports:
    - name: ${name === 'nats' ? 'tcp-nats' : 'http'}
      port: ${port}
      targetPort: ${targetPort}
`;

export const natsEnv = [['NATS_URL', 'nats://nats:4222']];

export default ({ projectName: namespace }) => {
  const image = `${namespace}:dev`;
  const nats = natsEnv;
  return [
    {
      file: 'k8s/namespace.yaml',
      content: `# Everything of the system lives in this namespace: kubectl apply -f k8s/
apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
`,
    },
    {
      file: 'k8s/nats.yaml',
      content: `# The broker. The services reach it as nats:4222: Kubernetes DNS resolves the Service name in the namespace.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nats
  namespace: ${namespace}
spec:
  selector:
    matchLabels:
      app: nats
  template:
    metadata:
      labels:
        app: nats
    spec:
      containers:
        - name: nats
          image: nats:2.11-alpine
          args: ["--http_port", "8222"]
          ports:
            - name: client
              containerPort: 4222
            - name: monitor
              containerPort: 8222
          readinessProbe:
            httpGet:
              path: /healthz
              port: monitor
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 256Mi
---
${service({ namespace, name: 'nats', port: 4222, targetPort: 'client' })}`,
    },
    {
      file: 'k8s/gateway.yaml',
      content: `# The only way in: a LoadBalancer (on kind or minikube, \`kubectl port-forward svc/gateway 3000:80\` works too).
${deployment({
  namespace,
  image,
  service: 'gateway',
  port: 3000,
  env: [
    ['ORDERS_URL', 'http://orders:3001'],
    ['INVENTORY_URL', 'http://inventory:3002'],
  ],
})}---
${service({ namespace, name: 'gateway', port: 80, type: 'LoadBalancer' })}`,
    },
    {
      file: 'k8s/orders.yaml',
      content: `${deployment({ namespace, image, service: 'orders', port: 3001, env: nats })}---
${service({ namespace, name: 'orders', port: 3001 })}`,
    },
    {
      file: 'k8s/inventory.yaml',
      content: `# Three replicas: NATS gives each inventory.reserve to one member of the "inventory" queue group.
${deployment({ namespace, image, service: 'inventory', port: 3002, replicas: 3, env: nats })}---
${service({ namespace, name: 'inventory', port: 3002 })}`,
    },
    {
      file: 'k8s/payments.yaml',
      content: `# No Service: nobody calls payments over HTTP, only through NATS.
${deployment({ namespace, image, service: 'payments', port: 3003, env: nats })}`,
    },
  ];
};
