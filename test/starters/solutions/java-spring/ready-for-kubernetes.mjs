// Reference solution of java-spring/ready-for-kubernetes: Actuator probes (public) and metrics (behind the token),
// graceful shutdown with a bounded drain, a Deployment whose grace period covers it, and an aspect that times
// every TaskService call.
export default ({ flatName, projectName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  return [
    {
      file: 'pom.xml',
      replace: `        <dependency>
            <groupId>com.h2database</groupId>`,
      with: `        <!-- Health probes and metrics under /actuator. -->
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-actuator</artifactId>
        </dependency>
        <!-- @Aspect classes (AspectJ's annotations, applied by Spring AOP proxies). -->
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-aop</artifactId>
        </dependency>

        <dependency>
            <groupId>com.h2database</groupId>`,
    },
    {
      file: `${main}/auth/SecurityConfig.java`,
      replace: '                        .requestMatchers("/error").permitAll()\n',
      with: `                        .requestMatchers("/error").permitAll()
                        // Kubernetes calls the probes without a token; every other Actuator endpoint needs one.
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
`,
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'spring.jpa.open-in-view=false\n',
      with: `spring.jpa.open-in-view=false

# Kubernetes: /actuator/health/liveness and /readiness for the probes. On SIGTERM the server stops taking new
# requests and gives those in flight up to 20 s (the Deployment's terminationGracePeriodSeconds covers that).
management.endpoints.web.exposure.include=health,info,metrics
management.endpoint.health.probes.enabled=true
server.shutdown=graceful
spring.lifecycle.timeout-per-shutdown-phase=20s
`,
    },
    {
      file: `${main}/task/TaskServiceTiming.java`,
      content: `package com.example.${flatName}.task;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

/**
 * Times every public TaskService method as the timer tasks.service{method=…} (GET /actuator/metrics/tasks.service).
 * Spring applies the aspect through a proxy around the bean, so it sees calls that come from outside: when update
 * calls findOne inside TaskService, that call never passes the proxy, and is not timed (nor would a @Transactional
 * on findOne start a transaction).
 */
@Aspect
@Component
public class TaskServiceTiming {

    private final MeterRegistry registry;

    public TaskServiceTiming(MeterRegistry registry) {
        this.registry = registry;
    }

    @Around("execution(public * com.example.${flatName}.task.TaskService.*(..))")
    public Object time(ProceedingJoinPoint call) throws Throwable {
        Timer.Sample sample = Timer.start(registry);
        try {
            return call.proceed();
        } finally {
            sample.stop(registry.timer("tasks.service", "method", call.getSignature().getName()));
        }
    }
}
`,
    },
    {
      file: 'k8s/deployment.yaml',
      content: `# The API on Kubernetes. Build the image with ./mvnw spring-boot:build-image, create the Secret with
#   kubectl create secret generic ${projectName}-secrets --from-literal=jwt-secret=… --from-literal=demo-password=… \\
#     --from-literal=admin-password=…
# then kubectl apply -f k8s/.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${projectName}
  labels:
    app: ${projectName}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${projectName}
  template:
    metadata:
      labels:
        app: ${projectName}
    spec:
      # preStop pause (10 s) + graceful shutdown (spring.lifecycle.timeout-per-shutdown-phase, 20 s) + a margin.
      terminationGracePeriodSeconds: 40
      containers:
        - name: api
          image: ${projectName}:0.0.1-SNAPSHOT
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: APP_JWT_SECRET
              valueFrom:
                secretKeyRef:
                  name: ${projectName}-secrets
                  key: jwt-secret
            - name: APP_DEMO_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${projectName}-secrets
                  key: demo-password
            - name: APP_ADMIN_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${projectName}-secrets
                  key: admin-password
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            initialDelaySeconds: 20
            periodSeconds: 10
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
          lifecycle:
            # Endpoints are removed from the Service while the pod stops; the pause lets that reach every node
            # before the server stops taking requests. A sleep action, since the image has no shell.
            preStop:
              sleep:
                seconds: 10
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 768Mi
---
apiVersion: v1
kind: Service
metadata:
  name: ${projectName}
spec:
  selector:
    app: ${projectName}
  ports:
    - name: http
      port: 80
      targetPort: http
`,
    },
  ];
};
