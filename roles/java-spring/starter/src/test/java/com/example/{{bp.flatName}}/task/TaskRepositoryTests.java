package com.example.{{bp.flatName}}.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** Only the JPA layer is started: the derived queries run against an in-memory database. */
@DataJpaTest
class TaskRepositoryTests {

    @Autowired
    private TaskRepository tasks;

    @Test
    void findsAnOwnersTasksInCreationOrder() {
        tasks.save(new Task("alice", "first", false));
        tasks.save(new Task("bob", "not Alice's", false));
        tasks.save(new Task("alice", "second", true));

        assertThat(tasks.findByOwnerOrderByIdAsc("alice"))
                .extracting(Task::getTitle)
                .containsExactly("first", "second");
    }

    @Test
    void findsATaskOnlyForItsOwner() {
        Task task = tasks.save(new Task("alice", "mine", true));

        assertThat(tasks.findByIdAndOwner(task.getId(), "alice"))
                .hasValueSatisfying(found -> assertThat(found.isDone()).isTrue());
        assertThat(tasks.findByIdAndOwner(task.getId(), "bob")).isEmpty();
    }
}
