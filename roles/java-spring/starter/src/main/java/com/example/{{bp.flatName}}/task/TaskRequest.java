package com.example.{{bp.flatName}}.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT /api/tasks. {@code done} is optional and defaults to false. */
public record TaskRequest(
        @NotBlank @Size(max = Task.MAX_TITLE_LENGTH) String title,
        boolean done) {
}
