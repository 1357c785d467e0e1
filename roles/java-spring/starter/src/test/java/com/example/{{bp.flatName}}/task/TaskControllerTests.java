package com.example.{{bp.flatName}}.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole application with a real database, called through MockMvc. {@code jwt()} stands in for a signed token
 * (AuthControllerTests covers real ones), and {@code @Transactional} rolls each test's data back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TaskControllerTests {

    @Autowired
    private MockMvc mvc;

    private static JwtRequestPostProcessor user(String name) {
        return jwt().jwt(token -> token.subject(name));
    }

    private long createTask(String owner, String title) throws Exception {
        String body = mvc.perform(post("/api/tasks").with(user(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(body, "$.id");
        return id.longValue();
    }

    @Test
    void rejectsRequestsWithoutAToken() throws Exception {
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createsATaskAndReturnsItsLocation() throws Exception {
        MvcResult result = mvc.perform(post("/api/tasks").with(user("alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Write the first test"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.title").value("Write the first test"))
                .andExpect(jsonPath("$.done").value(false))
                .andExpect(jsonPath("$.createdAt").isString())
                .andReturn();

        Number id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/tasks/" + id);
    }

    @Test
    void listsOnlyTheCallersTasks() throws Exception {
        createTask("alice", "Alice's first");
        createTask("bob", "Bob's");
        createTask("alice", "Alice's second");

        mvc.perform(get("/api/tasks").with(user("alice")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].title").value("Alice's first"))
                .andExpect(jsonPath("$[1].title").value("Alice's second"));
    }

    @Test
    void hidesOtherUsersTasks() throws Exception {
        long id = createTask("alice", "Private");

        mvc.perform(get("/api/tasks/{id}", id).with(user("bob")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Task " + id + " does not exist"));
    }

    @Test
    void rejectsABlankTitleWithTheFieldInError() throws Exception {
        mvc.perform(post("/api/tasks").with(user("alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "   "}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.title").exists());
    }

    @Test
    void updatesATask() throws Exception {
        long id = createTask("alice", "Draft");

        mvc.perform(put("/api/tasks/{id}", id).with(user("alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Final", "done": true}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Final"))
                .andExpect(jsonPath("$.done").value(true));

        mvc.perform(get("/api/tasks/{id}", id).with(user("alice")))
                .andExpect(jsonPath("$.title").value("Final"))
                .andExpect(jsonPath("$.done").value(true));
    }

    @Test
    void deletesATask() throws Exception {
        long id = createTask("alice", "Short-lived");

        mvc.perform(delete("/api/tasks/{id}", id).with(user("alice")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/tasks/{id}", id).with(user("alice")))
                .andExpect(status().isNotFound());
    }
}
