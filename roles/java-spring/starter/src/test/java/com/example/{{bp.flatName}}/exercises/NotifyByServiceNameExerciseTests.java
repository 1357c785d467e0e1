package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.onClasspath;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exercise "Notify another service, found by its name". Two fake instances of notification-service run inside the
 * test; the application learns their addresses only from the discovery client, under the name notification-service.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotifyByServiceNameExerciseTests {

    private static final String INSTANCES = "spring.cloud.discovery.client.simple.instances.notification-service";
    private static final FakeNotificationService FIRST = new FakeNotificationService("first");
    private static final FakeNotificationService SECOND = new FakeNotificationService("second");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void registerTheInstances(DynamicPropertyRegistry registry) {
        registry.add(INSTANCES + "[0].uri", FIRST::uri);
        registry.add(INSTANCES + "[1].uri", SECOND::uri);
        // The check needs no Eureka server: the discovery client above stands in for it.
        registry.add("eureka.client.enabled", () -> "false");
    }

    @AfterAll
    static void stopTheInstances() {
        FIRST.stop();
        SECOND.stop();
    }

    @BeforeEach
    void answerNormally() {
        FIRST.answer(202, 0);
        SECOND.answer(202, 0);
    }

    @Test
    void notifiesTheServiceWhenATaskIsCompleted() throws Exception {
        String owner = "alice-" + UUID.randomUUID();
        long id = create(owner, "Call the plumber");
        complete(owner, id, "Call the plumber");

        List<Notification> received = awaitNotifications(Set.of(id), Duration.ofSeconds(10));
        assertThat(received).as("no POST /notifications reached an instance of notification-service within 10 s of "
                + "completing task %d", id).isNotEmpty();
        Notification notification = received.get(0);
        assertThat(notification.contentType()).as("the notification's Content-Type").startsWith("application/json");
        JsonNode body = notification.body();
        assertThat(body.path("event").asText()).as("the notification's event: %s", body).isEqualTo("task.completed");
        assertThat(body.path("taskId").asLong()).as("the notification's taskId: %s", body).isEqualTo(id);
        assertThat(body.path("owner").asText()).as("the notification's owner: %s", body).isEqualTo(owner);
        assertThat(body.path("title").asText()).as("the notification's title: %s", body).isEqualTo("Call the plumber");
    }

    @Test
    void spreadsTheCallsOverTheInstances() throws Exception {
        String owner = "bob-" + UUID.randomUUID();
        long first = create(owner, "One");
        long second = create(owner, "Two");
        complete(owner, first, "One");
        complete(owner, second, "Two");

        List<Notification> received = awaitNotifications(Set.of(first, second), Duration.ofSeconds(10));
        Set<String> instances = new TreeSet<>();
        received.forEach(notification -> instances.add(notification.instance()));
        assertThat(instances).as("two completions in a row reach both instances: the client balances the load "
                + "between the addresses the discovery client lists").containsExactly("first", "second");
    }

    @Test
    void doesNotWaitForTheNotificationService() throws Exception {
        FIRST.answer(202, 3000);
        SECOND.answer(202, 3000);
        String owner = "carol-" + UUID.randomUUID();
        long id = create(owner, "Slow down");

        long started = System.nanoTime();
        complete(owner, id, "Slow down");
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(millis).as("PUT took %d ms while notification-service takes 3 s to answer: send the notification "
                + "without waiting for the answer", millis).isLessThan(1500);
        assertThat(awaitNotifications(Set.of(id), Duration.ofSeconds(10))).as("the slow notification still arrives")
                .isNotEmpty();
    }

    @Test
    void completesTasksWhileTheServiceFails() throws Exception {
        FIRST.answer(503, 0);
        SECOND.answer(503, 0);
        String owner = "dave-" + UUID.randomUUID();
        long id = create(owner, "Resilient");
        complete(owner, id, "Resilient");

        String task = mvc.perform(get("/api/tasks/" + id).with(as(owner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json(task).path("done").asBoolean()).as("the task is done although notification-service failed")
                .isTrue();
    }

    @Test
    void callsThroughALoadBalancedWebClient() throws Exception {
        assertThat(onClasspath("org.springframework.web.reactive.function.client.WebClient"))
                .as("WebClient comes with spring-boot-starter-webflux: add it to pom.xml").isTrue();
        assertThat(onClasspath("org.springframework.cloud.client.loadbalancer.LoadBalanced"))
                .as("@LoadBalanced comes with spring-cloud-starter-loadbalancer: add it to pom.xml").isTrue();
        Class<?> builder = Class.forName("org.springframework.web.reactive.function.client.WebClient$Builder");
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> loadBalanced = (Class<? extends Annotation>) Class.forName(
                "org.springframework.cloud.client.loadbalancer.LoadBalanced");
        boolean found = false;
        for (String name : context.getBeanNamesForType(builder)) {
            found |= context.findAnnotationOnBean(name, loadBalanced) != null;
        }
        assertThat(found).as("declare a WebClient.Builder @Bean annotated with @LoadBalanced").isTrue();
    }

    @Test
    void registersWithEurekaInTheEurekaProfile() throws Exception {
        assertThat(onClasspath("org.springframework.cloud.netflix.eureka.EurekaDiscoveryClient"))
                .as("add spring-cloud-starter-netflix-eureka-client to pom.xml (runtime scope is enough)").isTrue();
        ClassPathResource file = new ClassPathResource("application-eureka.properties");
        assertThat(file.exists()).as("src/main/resources/application-eureka.properties (the eureka profile) is "
                + "missing").isTrue();
        Properties eureka = PropertiesLoaderUtils.loadProperties(file);
        String zone = eureka.getProperty("eureka.client.service-url.defaultZone",
                eureka.getProperty("eureka.client.serviceUrl.defaultZone"));
        assertThat(zone).as("the eureka profile sets eureka.client.service-url.defaultZone, the Eureka server's URL")
                .isNotBlank();
        assertThat(eureka.getProperty("eureka.client.enabled", "true"))
                .as("the eureka profile turns the Eureka client on").isEqualTo("true");
    }

    private long create(String owner, String title) throws Exception {
        String body = mvc.perform(post("/api/tasks").with(as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title))))
                .andReturn().getResponse().getContentAsString();
        return json(body).path("id").asLong();
    }

    private void complete(String owner, long id, String title) throws Exception {
        int status = mvc.perform(put("/api/tasks/" + id).with(as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title, "done", true))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("PUT /api/tasks/%d completing the task", id).isEqualTo(200);
    }

    /** The notifications about these tasks, once there is one for each or {@code wait} has passed. */
    private static List<Notification> awaitNotifications(Set<Long> taskIds, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Notification> found = new ArrayList<>();
            for (FakeNotificationService instance : List.of(FIRST, SECOND)) {
                for (Notification notification : instance.received) {
                    if (taskIds.contains(notification.body().path("taskId").asLong())) found.add(notification);
                }
            }
            if (found.size() >= taskIds.size() || System.nanoTime() > deadline) return found;
            Thread.sleep(100);
        }
    }

    private static RequestPostProcessor as(String owner) {
        return jwt().jwt(token -> token.subject(owner));
    }

    record Notification(String instance, String contentType, JsonNode body) {
    }

    /** One instance of notification-service: records each POST /notifications and answers as told. */
    static final class FakeNotificationService {

        private final String name;
        private final HttpServer server;
        final List<Notification> received = new CopyOnWriteArrayList<>();
        private volatile int status;
        private volatile long delayMillis;

        FakeNotificationService(String name) {
            this.name = name;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/notifications", this::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void answer(int status, long delayMillis) {
            this.status = status;
            this.delayMillis = delayMillis;
        }

        void stop() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if ("POST".equals(exchange.getRequestMethod())) {
                    String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
                    received.add(new Notification(name, contentType, body.isBlank() ? json("{}") : json(body)));
                }
                Thread.sleep(delayMillis);
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        }
    }
}
