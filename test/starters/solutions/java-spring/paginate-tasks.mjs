// Reference solution of java-spring/paginate-tasks: GET /api/tasks takes a Pageable (20 by default, at most 100,
// sortable by a fixed set of fields) and ?done=, and answers Spring Data's PagedModel.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  return [
    {
      file: `${main}/task/TaskRepository.java`,
      content: `package com.example.${flatName}.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data derives the queries from the method names; there is no implementation to write. */
public interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByOwnerOrderByIdAsc(String owner);

    /** One page; the Pageable carries the page number, its size and the sort order into the SQL. */
    Page<Task> findByOwner(String owner, Pageable pageable);

    Page<Task> findByOwnerAndDone(String owner, boolean done, Pageable pageable);

    Optional<Task> findByIdAndOwner(Long id, String owner);
}
`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: `    public List<Task> findAll(String owner) {
        return tasks.findByOwnerOrderByIdAsc(owner);
    }`,
      with: `    /** One page of the owner's tasks: all of them, or only the done (or the open) ones. */
    public Page<Task> list(String owner, Boolean done, Pageable pageable) {
        return done == null ? tasks.findByOwner(owner, pageable) : tasks.findByOwnerAndDone(owner, done, pageable);
    }`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: 'import java.util.List;\n',
      with: 'import org.springframework.data.domain.Page;\nimport org.springframework.data.domain.Pageable;\n',
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `    @GetMapping
    List<TaskResponse> list(Authentication authentication) {
        return taskService.findAll(authentication.getName()).stream().map(TaskResponse::from).toList();
    }`,
      with: `    /** Sorting by any other property would reach the SQL: only these are indexed candidates worth offering. */
    private static final Set<String> SORTABLE = Set.of("id", "title", "done", "createdAt");

    /** ?page=0&size=20&sort=title,desc&done=false; the size is capped by spring.data.web.pageable.max-page-size. */
    @GetMapping
    PagedModel<TaskResponse> list(@RequestParam(required = false) Boolean done,
            @PageableDefault(size = 20, sort = "id") Pageable pageable, Authentication authentication) {
        for (Sort.Order order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Cannot sort by " + order.getProperty() + "; sort by id, title, done or createdAt");
            }
        }
        Page<TaskResponse> page = taskService.list(authentication.getName(), done, pageable).map(TaskResponse::from);
        return new PagedModel<>(page);
    }`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: 'import java.util.List;\n',
      with: `import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: 'import org.springframework.web.bind.annotation.RequestMapping;\n',
      with: `import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: 'import org.springframework.web.bind.annotation.RestController;\n',
      with: `import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
`,
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'spring.jpa.open-in-view=false\n',
      with: `spring.jpa.open-in-view=false

# GET /api/tasks?size=… never loads more than this many rows at once.
spring.data.web.pageable.max-page-size=100
`,
    },
    {
      file: `src/test/java/com/example/${flatName}/task/TaskControllerTests.java`,
      replace: `                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].title").value("Alice's first"))
                .andExpect(jsonPath("$[1].title").value("Alice's second"));`,
      with: `                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.content[0].title").value("Alice's first"))
                .andExpect(jsonPath("$.content[1].title").value("Alice's second"))
                .andExpect(jsonPath("$.page.totalElements").value(2));`,
    },
  ];
};
