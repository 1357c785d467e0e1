package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Exercise "A GraphQL API beside the REST one", called over HTTP on a real server with real tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlTasksExerciseTests {

    private static final String CREATE = "mutation Create($title: String!) { createTask(title: $title) { id title done } }";
    private static final String TASKS = "query { tasks { id title done } }";
    private static final String TASK = "query Task($id: ID!) { task(id: $id) { id title done } }";
    private static final String COMPLETE = "mutation Complete($id: ID!) { completeTask(id: $id) { id title done } }";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private JwtEncoder encoder;

    @Autowired
    private Environment environment;

    @Test
    void requiresAToken() throws Exception {
        assertThat(post(null, TASKS, Map.of()).statusCode()).as("POST /graphql without a token").isEqualTo(401);
    }

    @Test
    void createsATaskWithAMutation() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        JsonNode task = data(alice, CREATE, Map.of("title", "Learn GraphQL")).path("createTask");
        assertThat(task.path("id").isMissingNode() || task.path("id").isNull()).as("createTask returns the id: %s",
                task).isFalse();
        assertThat(task.path("title").asText()).as("createTask's title").isEqualTo("Learn GraphQL");
        assertThat(task.path("done").isBoolean() && !task.path("done").asBoolean()).as("a new task is not done: %s",
                task).isTrue();
    }

    @Test
    void listsOnlyTheCallersTasks() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        create(alice, "Alice's first");
        create(alice, "Alice's second");
        create(bob, "Bob's");

        List<String> titles = new ArrayList<>();
        data(alice, TASKS, Map.of()).path("tasks").forEach(task -> titles.add(task.path("title").asText()));
        assertThat(titles).as("the tasks query answers the caller's tasks only").containsExactly("Alice's first",
                "Alice's second");
    }

    @Test
    void findsOneTaskOnlyForItsOwner() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        String id = create(alice, "Mine");

        assertThat(data(alice, TASK, Map.of("id", id)).path("task").path("title").asText())
                .as("task(id) for its owner").isEqualTo("Mine");
        JsonNode asBob = data("bob-" + UUID.randomUUID(), TASK, Map.of("id", id));
        assertThat(asBob.path("task").isNull()).as("task(id) of someone else's task is null: %s", asBob).isTrue();
    }

    @Test
    void completesATaskAndRefusesSomeoneElses() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        String id = create(alice, "Finish me");

        JsonNode completed = data(alice, COMPLETE, Map.of("id", id)).path("completeTask");
        assertThat(completed.path("done").asBoolean()).as("completeTask answers the task, done: %s", completed)
                .isTrue();

        JsonNode answer = answer("mallory-" + UUID.randomUUID(), COMPLETE, Map.of("id", id));
        assertThat(classification(answer)).as("completeTask on someone else's task answers an error classified "
                + "NOT_FOUND: %s", shorten(answer.toString())).isEqualTo("NOT_FOUND");
    }

    @Test
    void refusesABlankTitle() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        JsonNode answer = answer(alice, CREATE, Map.of("title", "   "));
        assertThat(classification(answer)).as("createTask with a blank title answers an error classified "
                + "BAD_REQUEST: %s", shorten(answer.toString())).isEqualTo("BAD_REQUEST");
        assertThat(data(alice, TASKS, Map.of()).path("tasks")).as("and creates nothing").isEmpty();
    }

    private String create(String user, String title) throws Exception {
        return data(user, CREATE, Map.of("title", title)).path("createTask").path("id").asText();
    }

    /** The {@code data} of an answer that has no errors. */
    private JsonNode data(String user, String query, Map<String, Object> variables) throws Exception {
        JsonNode answer = answer(user, query, variables);
        assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty())
                .as("%s answered errors: %s", query, shorten(answer.path("errors").toString())).isTrue();
        return answer.path("data");
    }

    /** The JSON answer of a POST /graphql that answered 200. */
    private JsonNode answer(String user, String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = post(user, query, variables);
        assertThat(response.statusCode()).as("POST /graphql (%s) answered %d: %s", query, response.statusCode(),
                shorten(response.body())).isEqualTo(200);
        return json(response.body());
    }

    private HttpResponse<String> post(String user, String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("query", query);
        payload.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(payload)));
        if (user != null) request.header("Authorization", "Bearer " + token(user));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token as the token endpoint would sign it, for any user. */
    private String token(String user) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(environment.getProperty("app.jwt.issuer"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .subject(user)
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static String classification(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("classification").asText("(no error)");
    }
}
