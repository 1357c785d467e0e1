package com.example.{{bp.flatName}}.task;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TaskService {

    private final TaskRepository tasks;

    public TaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    public List<Task> findAll(String owner) {
        return tasks.findByOwnerOrderByIdAsc(owner);
    }

    /** Someone else's task is reported as missing, so ids of other users' tasks are not revealed. */
    public Task findOne(String owner, long id) {
        return tasks.findByIdAndOwner(id, owner).orElseThrow(() -> new TaskNotFoundException(id));
    }

    @Transactional
    public Task create(String owner, TaskRequest request) {
        return tasks.save(new Task(owner, request.title(), request.done()));
    }

    @Transactional
    public Task update(String owner, long id, TaskRequest request) {
        Task task = findOne(owner, id);
        // No save() needed: the entity is managed, and JPA writes the change when the transaction commits.
        task.update(request.title(), request.done());
        return task;
    }

    @Transactional
    public void delete(String owner, long id) {
        tasks.delete(findOne(owner, id));
    }
}
