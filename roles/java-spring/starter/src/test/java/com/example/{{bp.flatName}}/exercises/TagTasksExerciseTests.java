package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.items;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exercise "Tag tasks without N+1 queries". Not @Transactional on purpose: inside one test transaction the tasks
 * would stay in memory with their tags, and the list would never have to load them. Each test has owners of its own.
 */
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.generate_statistics=true",
        // JOIN FETCH on a collection with paging would page in memory, after loading every row: refuse it.
        "spring.jpa.properties.hibernate.query.fail_on_pagination_over_collection_fetch=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@AutoConfigureMockMvc
class TagTasksExerciseTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void storesTagsAndAnswersThemSorted() throws Exception {
        String owner = newOwner();
        JsonNode created = send(POST, "/api/tasks", owner, Map.of("title", "Plan the trip", "tags",
                List.of("travel", "family", "travel")), 201);
        assertThat(tags(created)).as("POST /api/tasks with tags [travel, family, travel]: each tag once, sorted")
                .containsExactly("family", "travel");

        JsonNode read = send(GET, "/api/tasks/" + created.path("id").asLong(), owner, null, 200);
        assertThat(tags(read)).as("GET /api/tasks/{id} shows the stored tags").containsExactly("family", "travel");
    }

    @Test
    void answersAnEmptyListForATaskWithoutTags() throws Exception {
        JsonNode created = send(POST, "/api/tasks", newOwner(), Map.of("title", "No tags"), 201);
        assertThat(created.path("tags").isArray()).as("a task without tags answers \"tags\": [], got %s", created)
                .isTrue();
        assertThat(created.path("tags")).isEmpty();
    }

    @Test
    void replacesTheTagsOnUpdate() throws Exception {
        String owner = newOwner();
        long id = send(POST, "/api/tasks", owner, Map.of("title", "Write", "tags", List.of("draft", "blog")), 201)
                .path("id").asLong();

        JsonNode updated = send(PUT, "/api/tasks/" + id, owner,
                Map.of("title", "Write", "done", true, "tags", List.of("published")), 200);
        assertThat(tags(updated)).as("PUT replaces the tags").containsExactly("published");

        JsonNode cleared = send(PUT, "/api/tasks/" + id, owner, Map.of("title", "Write", "done", true), 200);
        assertThat(tags(cleared)).as("PUT without \"tags\" leaves the task without tags").isEmpty();
    }

    @Test
    void refusesMalformedTagsAndTooManyOfThem() throws Exception {
        String owner = newOwner();
        JsonNode badTag = send(POST, "/api/tasks", owner, Map.of("title", "t", "tags", List.of("ok", "Not OK!")), 400);
        assertThat(fieldsInError(badTag)).as("a 400 whose \"errors\" name the tags field, got %s", badTag)
                .anyMatch(field -> field.startsWith("tags"));

        List<String> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) eleven.add("tag-" + i);
        send(POST, "/api/tasks", owner, Map.of("title", "t", "tags", eleven), 400);
        send(POST, "/api/tasks", owner, Map.of("title", "t", "tags", List.of("a".repeat(31))), 400);
    }

    @Test
    void listsTaggedTasksWithoutAQueryPerTask() throws Exception {
        String owner = newOwner();
        for (int i = 1; i <= 20; i++) {
            send(POST, "/api/tasks", owner, Map.of("title", "Task " + i, "tags", List.of("shared", "tag-" + i)), 201);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        JsonNode tasks = items(send(GET, "/api/tasks?size=20", owner, null, 200));
        long statements = statistics.getPrepareStatementCount();

        assertThat(tasks).as("GET /api/tasks lists the owner's 20 tasks").hasSize(20);
        for (JsonNode task : tasks) {
            assertThat(tags(task)).as("each listed task carries its tags: %s", shorten(task.toString()))
                    .contains("shared");
        }
        assertThat(statements)
                .as("Listing 20 tagged tasks ran %d SQL statements; at most 3 are needed (the page, its count, "
                        + "the tags of every task on it). Loading each task's tags on its own is the N+1 select "
                        + "problem.", statements)
                .isLessThanOrEqualTo(3);
    }

    private JsonNode send(HttpMethod method, String uri, String owner, Map<String, ?> body, int expected)
            throws Exception {
        MockHttpServletRequestBuilder request = request(method, uri).with(jwt().jwt(token -> token.subject(owner)));
        if (body != null) request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString();
        assertThat(response.getStatus()).as("%s %s %s answered %d: %s", method, uri, body == null ? "" : toJson(body),
                response.getStatus(), shorten(text)).isEqualTo(expected);
        return text.isEmpty() ? json("{}") : json(text);
    }

    private static List<String> tags(JsonNode task) {
        assertThat(task.path("tags").isArray()).as("a task answers its \"tags\" as a JSON array: %s",
                shorten(task.toString())).isTrue();
        List<String> tags = new ArrayList<>();
        task.get("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    private static List<String> fieldsInError(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = problem.path("errors").fieldNames(); names.hasNext(); ) fields.add(names.next());
        return fields;
    }

    private static String newOwner() {
        return "tags-" + UUID.randomUUID();
    }
}
