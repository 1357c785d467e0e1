package com.example.{{bp.flatName}}.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A plain unit test: no Spring context, the repository is a Mockito mock. */
@ExtendWith(MockitoExtension.class)
class TaskServiceTests {

    @Mock
    private TaskRepository tasks;

    @InjectMocks
    private TaskService service;

    @Test
    void reportsAMissingTaskAsNotFound() {
        when(tasks.findByIdAndOwner(42L, "bob")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.findOne("bob", 42))
                .isInstanceOf(TaskNotFoundException.class)
                .hasMessage("Task 42 does not exist");
    }

    @Test
    void updatesTheLoadedTaskInPlace() {
        Task task = new Task("alice", "Draft", false);
        when(tasks.findByIdAndOwner(7L, "alice")).thenReturn(Optional.of(task));

        Task updated = service.update("alice", 7, new TaskRequest("Final", true));

        assertThat(updated).isSameAs(task);
        assertThat(task.getTitle()).isEqualTo("Final");
        assertThat(task.isDone()).isTrue();
        verify(tasks, never()).save(any());
    }
}
