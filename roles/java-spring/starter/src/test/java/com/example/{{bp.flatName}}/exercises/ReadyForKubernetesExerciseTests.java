package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.readFile;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yaml.snakeyaml.Yaml;

/** Exercise "Ready for Kubernetes, and timed": probes, a graceful shutdown, a Deployment, and a timing aspect. */
@SpringBootTest
@AutoConfigureMockMvc
class ReadyForKubernetesExerciseTests {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @Test
    void answersTheProbesWithoutAToken() throws Exception {
        assertProbe(LIVENESS, 200, "UP");
        assertProbe(READINESS, 200, "UP");
    }

    @Test
    void readinessFollowsTheApplicationState() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertProbe(READINESS, 503, "OUT_OF_SERVICE");
            assertProbe(LIVENESS, 200, "UP");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void keepsTheOtherEndpointsBehindTheToken() throws Exception {
        int anonymous = mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus();
        assertThat(anonymous).as("GET /actuator/metrics without a token").isEqualTo(401);
        int withToken = mvc.perform(get("/actuator/metrics").with(user())).andReturn().getResponse().getStatus();
        assertThat(withToken).as("GET /actuator/metrics with a token: expose the metrics endpoint").isEqualTo(200);
    }

    @Test
    void shutsDownGracefully() {
        assertThat(environment.getProperty("server.shutdown", "graceful"))
                .as("server.shutdown: let requests in flight finish").isEqualToIgnoringCase("graceful");
        assertThat(shutdownTimeout()).as("set spring.lifecycle.timeout-per-shutdown-phase (how long the requests "
                + "in flight get)").isNotNull();
    }

    @Test
    void theDeploymentProbesAndDrainsTheApplication() {
        Map<?, ?> deployment = deployment();
        Map<?, ?> pod = (Map<?, ?>) at(deployment, "spec", "template", "spec");
        assertThat(pod).as("the Deployment has no spec.template.spec").isNotNull();
        Object containers = pod.get("containers");
        assertThat(containers instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map)
                .as("the Deployment's pod has no containers").isTrue();
        Map<?, ?> container = (Map<?, ?>) ((List<?>) containers).get(0);

        assertThat(at(container, "livenessProbe", "httpGet", "path")).as("livenessProbe.httpGet.path")
                .isEqualTo(LIVENESS);
        assertThat(at(container, "readinessProbe", "httpGet", "path")).as("readinessProbe.httpGet.path")
                .isEqualTo(READINESS);

        long pause = preStopSeconds(container);
        assertThat(pause).as("lifecycle.preStop pauses (sleep) so the Service stops sending traffic first")
                .isPositive();
        Duration timeout = shutdownTimeout();
        long drain = timeout == null ? 30 : timeout.toSeconds();
        Object grace = pod.get("terminationGracePeriodSeconds");
        long allowed = grace instanceof Number number ? number.longValue() : 30;
        assertThat(allowed)
                .as("terminationGracePeriodSeconds (%d) must cover the preStop pause (%d s) and the graceful shutdown "
                        + "(spring.lifecycle.timeout-per-shutdown-phase, %d s), or Kubernetes kills the app first",
                        allowed, pause, drain)
                .isGreaterThanOrEqualTo(pause + drain);

        Object env = container.get("env");
        boolean secretFromSecret = env instanceof List<?> variables && variables.stream()
                .anyMatch(variable -> variable instanceof Map<?, ?> map && "APP_JWT_SECRET".equals(map.get("name"))
                        && at(map, "valueFrom", "secretKeyRef", "key") != null);
        assertThat(secretFromSecret).as("the container gets APP_JWT_SECRET from a Secret (valueFrom.secretKeyRef)")
                .isTrue();
    }

    @Test
    void timesEveryServiceCall() throws Exception {
        long before = timerCount("create");
        createTask();
        assertThat(timerCount("create"))
                .as("after POST /api/tasks, the timer tasks.service with method=create counts one more call")
                .isEqualTo(before + 1);
    }

    @Test
    void callsInsideTheServiceBypassTheAspect() throws Exception {
        long id = createTask();
        long updates = timerCount("update");
        long lookups = timerCount("findOne");

        int status = mvc.perform(put("/api/tasks/" + id).with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", "Timed", "done", true))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("PUT /api/tasks/{id}").isEqualTo(200);

        assertThat(timerCount("update")).as("PUT /api/tasks/{id} counts one call of update").isEqualTo(updates + 1);
        assertThat(timerCount("findOne"))
                .as("update calls findOne inside TaskService: that call does not go through the proxy, so the aspect "
                        + "never sees it (nor would @Transactional)")
                .isEqualTo(lookups);
    }

    private void assertProbe(String path, int status, String state) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as("GET %s without a token answered %d: %s", path, response.getStatus(),
                shorten(body)).isEqualTo(status);
        assertThat(json(body).path("status").asText()).as("the status %s reports", path).isEqualTo(state);
    }

    /** How many calls the timer tasks.service has counted for one TaskService method; 0 before the first. */
    private long timerCount(String method) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/metrics/tasks.service")
                        .param("tag", "method:" + method).with(user()))
                .andReturn().getResponse();
        if (response.getStatus() == 404) return 0;
        assertThat(response.getStatus()).as("GET /actuator/metrics/tasks.service?tag=method:%s answered %d", method,
                response.getStatus()).isEqualTo(200);
        for (JsonNode measurement : json(response.getContentAsString()).path("measurements")) {
            if ("COUNT".equals(measurement.path("statistic").asText())) return measurement.path("value").asLong();
        }
        return 0;
    }

    private long createTask() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/tasks").with(user())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", "Timed"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("POST /api/tasks").isEqualTo(201);
        return json(response.getContentAsString()).path("id").asLong();
    }

    private Duration shutdownTimeout() {
        return Binder.get(environment).bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
                .orElse(null);
    }

    private static Map<?, ?> deployment() {
        String text = readFile(Path.of("k8s", "deployment.yaml"), "Write a Kubernetes Deployment for the API there.");
        for (Object document : new Yaml().loadAll(text)) {
            if (document instanceof Map<?, ?> map && "Deployment".equals(map.get("kind"))) return map;
        }
        throw new AssertionError("k8s/deployment.yaml has no object of kind: Deployment");
    }

    /** The seconds of lifecycle.preStop: {sleep: {seconds: N}}, or an exec command that runs sleep N. */
    private static long preStopSeconds(Map<?, ?> container) {
        Object seconds = at(container, "lifecycle", "preStop", "sleep", "seconds");
        if (seconds instanceof Number number) return number.longValue();
        Object command = at(container, "lifecycle", "preStop", "exec", "command");
        if (command instanceof List<?> words) {
            Matcher sleep = Pattern.compile("\\bsleep\\s+(\\d+)").matcher(String.join(" ",
                    words.stream().map(String::valueOf).toList()));
            if (sleep.find()) return Long.parseLong(sleep.group(1));
        }
        return 0;
    }

    /** The value at a path of keys in parsed YAML, or null. */
    private static Object at(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) return null;
            node = map.get(key);
        }
        return node;
    }

    private static RequestPostProcessor user() {
        return jwt().jwt(token -> token.subject("ops-check"));
    }
}
