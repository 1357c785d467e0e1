package com.example.{{bp.flatName}}.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data derives the queries from the method names; there is no implementation to write. */
public interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByOwnerOrderByIdAsc(String owner);

    Optional<Task> findByIdAndOwner(Long id, String owner);
}
