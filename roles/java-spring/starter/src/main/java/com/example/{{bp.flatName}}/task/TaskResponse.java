package com.example.{{bp.flatName}}.task;

import java.time.Instant;

/** What the API returns for a task: the entity stays an internal detail. */
public record TaskResponse(Long id, String title, boolean done, Instant createdAt) {

    static TaskResponse from(Task task) {
        return new TaskResponse(task.getId(), task.getTitle(), task.isDone(), task.getCreatedAt());
    }
}
