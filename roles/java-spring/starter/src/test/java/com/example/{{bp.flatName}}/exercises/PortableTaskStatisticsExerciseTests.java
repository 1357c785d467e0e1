package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.BASE_PACKAGE;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.MAIN_SOURCES;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.classNamed;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.readFile;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.shorten;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercise "Task statistics that Quarkus could run too": a component written only against the Jakarta standards
 * that Spring and Quarkus share, used by a Spring controller.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PortableTaskStatisticsExerciseTests {

    private static final String COMPONENT = BASE_PACKAGE + ".task.TaskStatistics";
    private static final String WHERE = "Create it in src/main/java/com/example/{{bp.flatName}}/task/TaskStatistics.java.";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Test
    void answersTheCallersCounts() throws Exception {
        String alice = "alice-" + UUID.randomUUID();
        create(alice, "first", false);
        create(alice, "second", true);
        create(alice, "third", false);
        create("bob-" + UUID.randomUUID(), "not Alice's", true);

        assertThat(stats(alice)).as("GET /api/tasks/stats for a user with 3 tasks, 1 of them done")
                .isEqualTo(Map.of("total", 3L, "done", 1L, "open", 2L));
        assertThat(stats("nobody-" + UUID.randomUUID())).as("GET /api/tasks/stats for a user without tasks")
                .isEqualTo(Map.of("total", 0L, "done", 0L, "open", 0L));
    }

    @Test
    void theComponentIsABeanThatCountsForOneOwner() throws Exception {
        Class<?> type = classNamed(COMPONENT, WHERE);
        Object component;
        try {
            component = context.getBean(type);
        } catch (BeansException e) {
            component = fail("TaskStatistics is not a bean: Spring registers a class annotated with @jakarta.inject."
                    + "Named when it scans the packages (" + e.getMessage() + ")");
        }
        String owner = "carol-" + UUID.randomUUID();
        create(owner, "one", true);
        create(owner, "two", false);

        Method forOwner;
        try {
            forOwner = type.getMethod("forOwner", String.class);
        } catch (NoSuchMethodException e) {
            forOwner = fail("TaskStatistics needs a public method forOwner(String owner)");
        }
        forOwner.setAccessible(true);
        Object stats = forOwner.invoke(component, owner);
        assertThat(stats).as("forOwner returns a record (TaskStats)").isNotNull();
        assertThat(stats.getClass().isRecord()).as("forOwner returns a record, not %s", stats.getClass()).isTrue();
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent part : stats.getClass().getRecordComponents()) {
            Method accessor = part.getAccessor();
            accessor.setAccessible(true);
            Object value = accessor.invoke(stats);
            values.put(part.getName(), value instanceof Number number ? number.longValue() : value);
        }
        assertThat(values).as("forOwner(owner) of an owner with 2 tasks, 1 done")
                .isEqualTo(Map.of("total", 2L, "done", 1L, "open", 1L));
    }

    @Test
    void theComponentUsesOnlyJakartaStandards() {
        Class<?> type = classNamed(COMPONENT, WHERE);
        assertThat(annotationNames(type)).as("TaskStatistics is annotated with @Named and @Singleton from jakarta.inject")
                .contains("jakarta.inject.Named", "jakarta.inject.Singleton");
        assertThat(Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> annotationNames(c)
                .contains("jakarta.inject.Inject")))
                .as("TaskStatistics gets its EntityManager through a constructor annotated with @jakarta.inject.Inject")
                .isTrue();

        List<String> springReferences = new ArrayList<>();
        collect(springReferences, "class", type);
        for (Field field : type.getDeclaredFields()) {
            collect(springReferences, "field " + field.getName(), field, field.getType());
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            collect(springReferences, "constructor", constructor, constructor.getParameterTypes());
            for (Parameter parameter : constructor.getParameters()) collect(springReferences, "constructor", parameter);
        }
        for (Method method : type.getDeclaredMethods()) {
            collect(springReferences, method.getName() + "()", method, method.getReturnType());
            collect(springReferences, method.getName() + "()", method, method.getParameterTypes());
        }
        assertThat(springReferences).as("TaskStatistics must not depend on Spring (Quarkus has no Spring on its "
                + "classpath): %s", springReferences).isEmpty();

        String source = readFile(MAIN_SOURCES.resolve("task").resolve("TaskStatistics.java"), WHERE);
        assertThat(source).as("TaskStatistics.java mentions org.springframework").doesNotContain("org.springframework");
    }

    private Map<String, Long> stats(String owner) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/tasks/stats")
                        .with(jwt().jwt(token -> token.subject(owner))))
                .andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as("GET /api/tasks/stats answered %d: %s", response.getStatus(),
                shorten(body)).isEqualTo(200);
        JsonNode stats = json(body);
        Map<String, Long> counts = new LinkedHashMap<>();
        stats.fields().forEachRemaining(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }

    private void create(String owner, String title, boolean done) throws Exception {
        int status = mvc.perform(post("/api/tasks").with(jwt().jwt(token -> token.subject(owner)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title, "done", done))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("POST /api/tasks (creating the test data)").isEqualTo(201);
    }

    private static List<String> annotationNames(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations()).map(a -> a.annotationType().getName()).toList();
    }

    /** Adds each Spring annotation on {@code element} and each Spring type among {@code types}. */
    private static void collect(List<String> found, String where, AnnotatedElement element, Class<?>... types) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().startsWith("org.springframework.")) {
                found.add(where + ": @" + annotation.annotationType().getName());
            }
        }
        for (Class<?> type : types) {
            if (type.getName().startsWith("org.springframework.")) found.add(where + ": " + type.getName());
        }
    }
}
