package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Exercise "Page through the task list": GET /api/tasks answers one page at a time. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PaginateTasksExerciseTests {

    @Autowired
    private MockMvc mvc;

    @BeforeEach
    void createTasks() throws Exception {
        // 25 tasks for alice (every third one done), 3 for bob, which alice must never see.
        for (int i = 1; i <= 25; i++) create("alice", String.format("Task %02d", i), i % 3 == 0);
        for (int i = 1; i <= 3; i++) create("bob", "Bob's task " + i, false);
    }

    @Test
    void answersThePageWithItsPosition() throws Exception {
        JsonNode page = page("?page=0&size=10");

        assertThat(titles(page)).as("the first 10 of alice's 25 tasks, oldest first").containsExactly(
                "Task 01", "Task 02", "Task 03", "Task 04", "Task 05", "Task 06", "Task 07", "Task 08", "Task 09",
                "Task 10");
        assertPosition(page, 10, 0, 25, 3);
    }

    @Test
    void servesTheLastPageAndAnEmptyOneAfterIt() throws Exception {
        JsonNode last = page("?page=2&size=10");
        assertThat(titles(last)).as("page 2 of 10 tasks each: the last 5").containsExactly(
                "Task 21", "Task 22", "Task 23", "Task 24", "Task 25");
        assertPosition(last, 10, 2, 25, 3);

        assertThat(titles(page("?page=3&size=10"))).as("a page after the last one is empty").isEmpty();
    }

    @Test
    void showsTwentyTasksUnlessAskedOtherwise() throws Exception {
        JsonNode page = page("");
        assertThat(titles(page)).as("GET /api/tasks without parameters: the first 20 tasks").hasSize(20);
        assertThat(page.path("page").path("size").asLong()).as("the default page size").isEqualTo(20);
    }

    @Test
    void capsThePageSizeAtOneHundred() throws Exception {
        JsonNode page = page("?size=100000");
        assertThat(page.path("page").path("size").asLong())
                .as("?size=100000 must not load 100000 rows: the page size is capped at 100")
                .isEqualTo(100);
    }

    @Test
    void sortsByTheFieldTheClientNames() throws Exception {
        assertThat(titles(page("?size=3&sort=title,desc")))
                .as("?sort=title,desc").containsExactly("Task 25", "Task 24", "Task 23");
    }

    @Test
    void refusesToSortByAnUnknownField() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/tasks?sort=secret").with(user("alice")))
                .andReturn().getResponse();
        assertThat(response.getStatus())
                .as("?sort=secret names no field of a task: answer 400, not %d", response.getStatus())
                .isEqualTo(400);
        assertThat(response.getContentType()).as("the 400 is a problem detail")
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void filtersByStatus() throws Exception {
        JsonNode done = page("?done=true&size=100");
        assertThat(titles(done)).as("?done=true: only the done tasks").containsExactly(
                "Task 03", "Task 06", "Task 09", "Task 12", "Task 15", "Task 18", "Task 21", "Task 24");
        assertThat(done.path("page").path("totalElements").asLong()).as("totalElements counts the filtered tasks")
                .isEqualTo(8);

        JsonNode open = page("?done=false&size=5");
        assertThat(titles(open)).as("?done=false&size=5").containsExactly(
                "Task 01", "Task 02", "Task 04", "Task 05", "Task 07");
        assertThat(open.path("page").path("totalElements").asLong()).isEqualTo(17);
    }

    private void create(String owner, String title, boolean done) throws Exception {
        int status = mvc.perform(post("/api/tasks").with(user(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title, "done", done))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("POST /api/tasks (creating the test data)").isEqualTo(201);
    }

    private JsonNode page(String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/tasks" + query).with(user("alice")))
                .andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as("GET /api/tasks%s answered %d: %s", query, response.getStatus(),
                shorten(body)).isEqualTo(200);
        JsonNode page = json(body);
        assertThat(page.path("content").isArray() && page.path("page").isObject())
                .as("GET /api/tasks answers a page, {\"content\": [...], \"page\": {\"size\", \"number\", "
                        + "\"totalElements\", \"totalPages\"}}, not %s", shorten(body))
                .isTrue();
        return page;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("content").forEach(task -> titles.add(task.path("title").asText()));
        return titles;
    }

    private static void assertPosition(JsonNode page, long size, long number, long totalElements, long totalPages) {
        JsonNode position = page.get("page");
        assertThat(position.path("size").asLong()).as("page.size").isEqualTo(size);
        assertThat(position.path("number").asLong()).as("page.number").isEqualTo(number);
        assertThat(position.path("totalElements").asLong()).as("page.totalElements (alice's tasks only)")
                .isEqualTo(totalElements);
        assertThat(position.path("totalPages").asLong()).as("page.totalPages").isEqualTo(totalPages);
    }

    private static RequestPostProcessor user(String name) {
        return jwt().jwt(token -> token.subject(name));
    }
}
