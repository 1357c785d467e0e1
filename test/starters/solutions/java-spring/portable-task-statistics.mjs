// Reference solution of java-spring/portable-task-statistics: TaskStatistics written only against Jakarta
// Inject and Jakarta Persistence (as a Quarkus bean would be), used by GET /api/tasks/stats.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  return [
    {
      file: 'pom.xml',
      replace: `        <dependency>
            <groupId>com.h2database</groupId>`,
      with: `        <!-- @Inject, @Named, @Singleton: the dependency-injection annotations Spring and Quarkus both read. -->
        <dependency>
            <groupId>jakarta.inject</groupId>
            <artifactId>jakarta.inject-api</artifactId>
        </dependency>

        <dependency>
            <groupId>com.h2database</groupId>`,
    },
    {
      file: `${main}/task/TaskStats.java`,
      content: `package com.example.${flatName}.task;

/** How many tasks a user has, and how many of them are done or still open. */
public record TaskStats(long total, long done, long open) {
}
`,
    },
    {
      file: `${main}/task/TaskStatistics.java`,
      content: `package com.example.${flatName}.task;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * Counts a user's tasks using only Jakarta standards. Spring picks it up because it scans for @Named classes and
 * honours @Inject; Quarkus would make the same class a bean (@Singleton is a CDI scope) and inject its
 * EntityManager. Nothing here would change if this service moved to Quarkus.
 */
@Named
@Singleton
public class TaskStatistics {

    private final EntityManager entityManager;

    @Inject
    public TaskStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public TaskStats forOwner(String owner) {
        long total = count("select count(t) from Task t where t.owner = :owner", owner);
        long done = count("select count(t) from Task t where t.owner = :owner and t.done = true", owner);
        return new TaskStats(total, done, total - done);
    }

    private long count(String query, String owner) {
        return entityManager.createQuery(query, Long.class).setParameter("owner", owner).getSingleResult();
    }
}
`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `    private final TaskService taskService;

    TaskController(TaskService taskService) {
        this.taskService = taskService;
    }`,
      with: `    private final TaskService taskService;
    private final TaskStatistics statistics;

    TaskController(TaskService taskService, TaskStatistics statistics) {
        this.taskService = taskService;
        this.statistics = statistics;
    }`,
    },
    {
      file: `${main}/task/TaskController.java`,
      replace: `    @GetMapping("/{id}")`,
      with: `    /** Spring prefers the literal path to /{id}, so "stats" is never read as an id. */
    @GetMapping("/stats")
    TaskStats stats(Authentication authentication) {
        return statistics.forOwner(authentication.getName());
    }

    @GetMapping("/{id}")`,
    },
  ];
};
