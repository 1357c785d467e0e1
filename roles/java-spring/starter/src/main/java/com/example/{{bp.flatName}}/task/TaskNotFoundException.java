package com.example.{{bp.flatName}}.task;

public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(long id) {
        super("Task " + id + " does not exist");
    }
}
