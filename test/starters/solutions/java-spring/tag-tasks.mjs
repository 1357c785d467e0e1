// Reference solution of java-spring/tag-tasks: tags as an element collection, loaded lazily and in batches
// (hibernate.default_batch_fetch_size), and mapped to responses inside the service's transaction.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  const test = `src/test/java/com/example/${flatName}`;
  return [
    {
      file: `${main}/task/Task.java`,
      content: `package com.example.${flatName}.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "tasks")
public class Task {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TAG_LENGTH = 30;
    public static final int MAX_TAGS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The user name (JWT subject) of the user who created the task; nobody else can see it. */
    @Column(nullable = false, updatable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * A table of its own (task_tags), loaded lazily: only when read, and then for many tasks in one query
     * (spring.jpa.properties.hibernate.default_batch_fetch_size), never one query per task.
     */
    @ElementCollection
    @CollectionTable(name = "task_tags", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "tag", nullable = false, length = MAX_TAG_LENGTH)
    private Set<String> tags = new HashSet<>();

    /** For JPA only. */
    protected Task() {
    }

    public Task(String owner, String title, boolean done) {
        this(owner, title, done, List.of());
    }

    public Task(String owner, String title, boolean done, Collection<String> tags) {
        this.owner = owner;
        this.title = title;
        this.done = done;
        this.createdAt = Instant.now();
        this.tags.addAll(tags);
    }

    public void update(String title, boolean done, Collection<String> tags) {
        this.title = title;
        this.done = done;
        this.tags.clear();
        this.tags.addAll(tags);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Sorted, each tag once. Reading them loads them: call it inside a transaction. */
    public List<String> getTags() {
        return tags.stream().sorted().toList();
    }
}
`,
    },
    {
      file: `${main}/task/TaskRequest.java`,
      content: `package com.example.${flatName}.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of POST and PUT /api/tasks. {@code done} is optional and defaults to false; {@code tags} is optional
 * and defaults to none (a PUT without tags removes them).
 */
public record TaskRequest(
        @NotBlank @Size(max = Task.MAX_TITLE_LENGTH) String title,
        boolean done,
        @Size(max = Task.MAX_TAGS) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,30}",
                message = "must be 1 to 30 lower-case letters, digits or dashes") String> tags) {

    public TaskRequest {
        tags = tags == null ? List.of() : tags;
    }
}
`,
    },
    {
      file: `${main}/task/TaskResponse.java`,
      content: `package com.example.${flatName}.task;

import java.time.Instant;
import java.util.List;

/** What the API returns for a task: the entity stays an internal detail. */
public record TaskResponse(Long id, String title, boolean done, Instant createdAt, List<String> tags) {

    /** Reads the tags: call it inside the transaction that loaded the task. */
    static TaskResponse from(Task task) {
        return new TaskResponse(task.getId(), task.getTitle(), task.isDone(), task.getCreatedAt(), task.getTags());
    }
}
`,
    },
    {
      file: `${main}/task/TaskService.java`,
      content: `package com.example.${flatName}.task;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers TaskResponse rather than entities: with spring.jpa.open-in-view=false the persistence context closes
 * with the transaction, so the lazy tags must be read here, not in the controller.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final TaskRepository tasks;

    public TaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** One page of the owner's tasks: all of them, or only the done (or the open) ones. */
    public Page<TaskResponse> list(String owner, Boolean done, Pageable pageable) {
        Page<Task> page = done == null
                ? tasks.findByOwner(owner, pageable)
                : tasks.findByOwnerAndDone(owner, done, pageable);
        return page.map(TaskResponse::from);
    }

    public TaskResponse get(String owner, long id) {
        return TaskResponse.from(findOne(owner, id));
    }

    /** Someone else's task is reported as missing, so ids of other users' tasks are not revealed. */
    public Task findOne(String owner, long id) {
        return tasks.findByIdAndOwner(id, owner).orElseThrow(() -> new TaskNotFoundException(id));
    }

    @Transactional
    public TaskResponse create(String owner, TaskRequest request) {
        return TaskResponse.from(tasks.save(new Task(owner, request.title(), request.done(), request.tags())));
    }

    @Transactional
    public TaskResponse update(String owner, long id, TaskRequest request) {
        Task task = findOne(owner, id);
        // No save() needed: the entity is managed, and JPA writes the change when the transaction commits.
        task.update(request.title(), request.done(), request.tags());
        return TaskResponse.from(task);
    }

    @Transactional
    public void delete(String owner, long id) {
        tasks.delete(findOne(owner, id));
    }
}
`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `        Page<TaskResponse> page = taskService.list(authentication.getName(), done, pageable).map(TaskResponse::from);
        return new PagedModel<>(page);`,
      with: `        return new PagedModel<>(taskService.list(authentication.getName(), done, pageable));`,
    },
    { file: `${main}/task/TaskController.java`, replace: 'import org.springframework.data.domain.Page;\n', with: '' },
    {
      file: `${main}/task/TaskController.java`,
      replace: `        return TaskResponse.from(taskService.findOne(authentication.getName(), id));`,
      with: `        return taskService.get(authentication.getName(), id);`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `        Task task = taskService.create(authentication.getName(), request);
        URI location = uriBuilder.path("/api/tasks/{id}").buildAndExpand(task.getId()).toUri();
        return ResponseEntity.created(location).body(TaskResponse.from(task));`,
      with: `        TaskResponse task = taskService.create(authentication.getName(), request);
        URI location = uriBuilder.path("/api/tasks/{id}").buildAndExpand(task.id()).toUri();
        return ResponseEntity.created(location).body(task);`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `        return TaskResponse.from(taskService.update(authentication.getName(), id, request));`,
      with: `        return taskService.update(authentication.getName(), id, request);`,
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'spring.data.web.pageable.max-page-size=100\n',
      with: `spring.data.web.pageable.max-page-size=100

# A lazy collection (a task's tags) loads for up to this many entities in one query instead of one query each.
spring.jpa.properties.hibernate.default_batch_fetch_size=100
`,
    },
    {
      file: `${test}/task/TaskServiceTests.java`,
      replace: `        Task updated = service.update("alice", 7, new TaskRequest("Final", true));

        assertThat(updated).isSameAs(task);
        assertThat(task.getTitle()).isEqualTo("Final");`,
      with: `        TaskResponse updated = service.update("alice", 7, new TaskRequest("Final", true, List.of("done", "blog")));

        assertThat(updated.title()).isEqualTo("Final");
        assertThat(updated.tags()).containsExactly("blog", "done");
        assertThat(task.getTitle()).isEqualTo("Final");`,
    },
    {
      file: `${test}/task/TaskServiceTests.java`,
      replace: 'import java.util.Optional;\n',
      with: 'import java.util.List;\nimport java.util.Optional;\n',
    },
  ];
};
