// Reference solution of java-spring/notify-by-service-name: after a task is completed, a @LoadBalanced WebClient
// posts to http://notification-service/notifications without waiting for the answer; Spring Cloud LoadBalancer
// resolves the name through the discovery client (a fixed list locally, Eureka in the eureka profile).
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  return [
    {
      file: 'pom.xml',
      replace: '        <java.version>17</java.version>\n',
      with: '        <java.version>17</java.version>\n        <spring-cloud.version>2025.0.0</spring-cloud.version>\n',
    },
    {
      file: 'pom.xml',
      replace: '    <dependencies>\n',
      with: `    <!-- Spring Cloud's versions, matched to this Spring Boot release (see the Spring Cloud release train table). -->
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>org.springframework.cloud</groupId>
                <artifactId>spring-cloud-dependencies</artifactId>
                <version>\${spring-cloud.version}</version>
                <type>pom</type>
                <scope>import</scope>
            </dependency>
        </dependencies>
    </dependencyManagement>

    <dependencies>
`,
    },
    {
      file: 'pom.xml',
      replace: `        <dependency>
            <groupId>com.h2database</groupId>`,
      with: `        <!-- WebClient: a non-blocking HTTP client (the API itself stays on Spring MVC). -->
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-webflux</artifactId>
        </dependency>
        <!-- @LoadBalanced: calls by service name, spread over the instances the discovery client knows. -->
        <dependency>
            <groupId>org.springframework.cloud</groupId>
            <artifactId>spring-cloud-starter-loadbalancer</artifactId>
        </dependency>
        <!-- Registers with Eureka and reads its registry (the eureka profile); no code refers to it. -->
        <dependency>
            <groupId>org.springframework.cloud</groupId>
            <artifactId>spring-cloud-starter-netflix-eureka-client</artifactId>
            <scope>runtime</scope>
        </dependency>

        <dependency>
            <groupId>com.h2database</groupId>`,
    },
    {
      file: `${main}/notification/NotificationClientConfig.java`,
      content: `package com.example.${flatName}.notification;

import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
class NotificationClientConfig {

    /** WebClients built from this resolve http://<service-name>/ through the discovery client. */
    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }
}
`,
    },
    {
      file: `${main}/notification/TaskCompletedNotifier.java`,
      content: `package com.example.${flatName}.notification;

import com.example.${flatName}.task.TaskCompleted;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Tells notification-service about each completed task, once the change has committed. The request is sent
 * without waiting for the answer (subscribe, not block), so a slow or failing notification-service never slows
 * down or fails PUT /api/tasks/{id}: a failure is logged, and the task stays done.
 */
@Component
class TaskCompletedNotifier {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletedNotifier.class);

    private final WebClient notificationService;

    TaskCompletedNotifier(@LoadBalanced WebClient.Builder webClients) {
        this.notificationService = webClients.baseUrl("http://notification-service").build();
    }

    @TransactionalEventListener
    void onTaskCompleted(TaskCompleted event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "task.completed");
        body.put("taskId", event.taskId());
        body.put("owner", event.owner());
        body.put("title", event.title());
        notificationService.post()
                .uri("/notifications")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .timeout(Duration.ofSeconds(5))
                .subscribe(
                        answer -> log.debug("notification-service took task {}", event.taskId()),
                        error -> log.warn("notification-service missed task {}: {}", event.taskId(), error.toString()));
    }
}
`,
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'app.events.kafka.enabled=false',
      with: `app.events.kafka.enabled=false

# Other services are called by name. Without a registry, the simple discovery client lists their addresses here;
# with the eureka profile (application-eureka.properties) the Eureka server does.
spring.cloud.discovery.client.simple.instances.notification-service[0].uri=http://localhost:8081
eureka.client.enabled=false`,
    },
    {
      file: 'src/main/resources/application-eureka.properties',
      content: `# ./mvnw spring-boot:run -Dspring-boot.run.profiles=eureka: register with a Eureka server under
# spring.application.name and find the other services (notification-service) in its registry.
eureka.client.enabled=true
eureka.client.service-url.defaultZone=http://localhost:8761/eureka/
eureka.instance.prefer-ip-address=true
`,
    },
  ];
};
