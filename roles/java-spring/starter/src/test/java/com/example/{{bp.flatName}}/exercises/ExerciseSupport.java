package com.example.{{bp.flatName}}.exercises;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the exercise checks share. The checks compile against the project as it is before and after each exercise,
 * so they reach what an exercise adds through HTTP, the Spring context, files and reflection, never by its name in
 * code.
 */
final class ExerciseSupport {

    static final String BASE_PACKAGE = "com.example.{{bp.flatName}}";
    static final Path MAIN_SOURCES = Path.of("src", "main", "java", "com", "example", "{{bp.flatName}}");
    static final Path TEST_SOURCES = Path.of("src", "test", "java", "com", "example", "{{bp.flatName}}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExerciseSupport() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return fail("Expected a JSON answer, got: " + shorten(text));
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The tasks of a list answer: a JSON array, or the {@code content} of a page (after the paging exercise). */
    static JsonNode items(JsonNode answer) {
        if (answer.isArray()) return answer;
        if (answer.path("content").isArray()) return answer.get("content");
        return fail("Expected a JSON array of tasks or a page {\"content\": [...]}, got: " + shorten(answer.toString()));
    }

    /** A class the exercise adds, or a failure that says what to add. */
    static Class<?> classNamed(String name, String whatToDo) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return fail(name + " does not exist. " + whatToDo);
        }
    }

    static boolean onClasspath(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A file of the project (the checks run in the project folder), or a failure that says what to add. */
    static String readFile(Path file, String whatToDo) {
        if (!Files.isRegularFile(file)) return fail(file.toString().replace('\\', '/') + " is missing. " + whatToDo);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return fail("Cannot read " + file + ": " + e.getMessage());
        }
    }

    static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
