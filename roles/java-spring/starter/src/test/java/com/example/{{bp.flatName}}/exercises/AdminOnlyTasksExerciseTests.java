package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.BASE_PACKAGE;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.TEST_SOURCES;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.classNamed;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.items;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.readFile;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Exercise "Admin-only endpoint with scopes". Not @Transactional: it also runs your AdminTaskControllerTests, whose
 * own transactions must not start inside one of this class.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminOnlyTasksExerciseTests {

    private static final String YOUR_TESTS = BASE_PACKAGE + ".task.AdminTaskControllerTests";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Environment environment;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void tokensCarryTheUsersRolesAsScopes() throws Exception {
        assertThat(scopes(token("app.demo"))).as("the scope claim of the demo user's token")
                .containsExactlyInAnyOrder("user");
        assertThat(scopes(token("app.admin"))).as("the scope claim of the admin's token")
                .containsExactlyInAnyOrder("user", "admin");
    }

    @Test
    void adminsSeeEveryUsersTasks() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        create(alice, "Task of " + alice);
        create(bob, "Task of " + bob);

        MockHttpServletResponse response = mvc.perform(get("/api/admin/tasks")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("app.admin")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("GET /api/admin/tasks with the admin's token answered %d",
                response.getStatus()).isEqualTo(200);

        Map<String, String> ownerByTitle = new HashMap<>();
        for (JsonNode task : items(json(response.getContentAsString()))) {
            ownerByTitle.put(task.path("title").asText(), task.path("owner").asText(null));
        }
        assertThat(ownerByTitle).as("every user's tasks, each with its \"owner\"")
                .containsEntry("Task of " + alice, alice)
                .containsEntry("Task of " + bob, bob);
    }

    @Test
    void otherUsersAreForbiddenAndStrangersUnauthorized() throws Exception {
        int asUser = mvc.perform(get("/api/admin/tasks")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("app.demo")))
                .andReturn().getResponse().getStatus();
        assertThat(asUser).as("GET /api/admin/tasks with the demo user's token (no admin scope) answered %d",
                asUser).isEqualTo(403);

        int anonymous = mvc.perform(get("/api/admin/tasks")).andReturn().getResponse().getStatus();
        assertThat(anonymous).as("GET /api/admin/tasks without a token").isEqualTo(401);
    }

    @Test
    void theRuleIsWrittenWithPreAuthorize() {
        HandlerMethod handler = handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPatternValues().contains("/api/admin/tasks"))
                .filter(entry -> {
                    Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                    return methods.isEmpty() || methods.contains(RequestMethod.GET);
                })
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        assertThat(handler).as("no controller method is mapped to GET /api/admin/tasks").isNotNull();
        boolean guarded = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
        assertThat(guarded).as("%s is not annotated with @PreAuthorize (nor is its class)", handler).isTrue();
    }

    @Test
    void yourOwnTestsCoverTheEndpoint() {
        Class<?> yourTests = classNamed(YOUR_TESTS,
                "Write AdminTaskControllerTests in src/test/java/com/example/{{bp.flatName}}/task/.");
        String source = readFile(TEST_SOURCES.resolve("task").resolve("AdminTaskControllerTests.java"),
                "Write AdminTaskControllerTests there.");
        assertThat(source).as("AdminTaskControllerTests gives its test tokens authorities with jwt().authorities(…)")
                .contains(".authorities(");

        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(yourTests)).build(),
                listener);
        TestExecutionSummary summary = listener.getSummary();
        String failures = summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .collect(Collectors.joining("; "));
        assertThat(summary.getTotalFailureCount()).as("AdminTaskControllerTests fails: %s", shorten(failures))
                .isZero();
        assertThat(summary.getTestsSucceededCount())
                .as("AdminTaskControllerTests needs at least 3 passing tests: an admin gets 200, another user 403, "
                        + "a request without a token 401")
                .isGreaterThanOrEqualTo(3);
    }

    /** A real token from POST /api/auth/token for the account configured under {@code prefix}. */
    private String token(String prefix) throws Exception {
        String username = environment.getProperty(prefix + ".username");
        String password = environment.getProperty(prefix + ".password");
        assertThat(username != null && password != null)
                .as("application.properties must set %s.username and %s.password", prefix, prefix).isTrue();
        MockHttpServletResponse response = mvc.perform(post("/api/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("username", username, "password", password))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("POST /api/auth/token for %s answered %d: %s", username,
                response.getStatus(), shorten(response.getContentAsString())).isEqualTo(200);
        return json(response.getContentAsString()).path("accessToken").asText();
    }

    private static List<String> scopes(String token) {
        String[] parts = token.split("\\.");
        assertThat(parts).as("a JWT has three parts").hasSize(3);
        JsonNode claims = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("scope").isTextual())
                .as("the token has no \"scope\" claim (a space-separated string): %s", claims).isTrue();
        return List.of(claims.get("scope").asText().trim().split("\\s+"));
    }

    private void create(String owner, String title) throws Exception {
        int status = mvc.perform(post("/api/tasks").with(jwt().jwt(token -> token.subject(owner)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("POST /api/tasks (creating the test data)").isEqualTo(201);
    }
}
