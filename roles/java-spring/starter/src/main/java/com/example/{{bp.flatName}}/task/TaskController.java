package com.example.{{bp.flatName}}.task;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The tasks of the signed-in user; {@code authentication.getName()} is the subject of their JWT. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskService taskService;

    TaskController(TaskService taskService) {
        this.taskService = taskService;
    }

    @GetMapping
    List<TaskResponse> list(Authentication authentication) {
        return taskService.findAll(authentication.getName()).stream().map(TaskResponse::from).toList();
    }

    @GetMapping("/{id}")
    TaskResponse get(@PathVariable long id, Authentication authentication) {
        return TaskResponse.from(taskService.findOne(authentication.getName(), id));
    }

    @PostMapping
    ResponseEntity<TaskResponse> create(@Valid @RequestBody TaskRequest request, Authentication authentication,
            UriComponentsBuilder uriBuilder) {
        Task task = taskService.create(authentication.getName(), request);
        URI location = uriBuilder.path("/api/tasks/{id}").buildAndExpand(task.getId()).toUri();
        return ResponseEntity.created(location).body(TaskResponse.from(task));
    }

    @PutMapping("/{id}")
    TaskResponse update(@PathVariable long id, @Valid @RequestBody TaskRequest request,
            Authentication authentication) {
        return TaskResponse.from(taskService.update(authentication.getName(), id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Authentication authentication) {
        taskService.delete(authentication.getName(), id);
    }
}
