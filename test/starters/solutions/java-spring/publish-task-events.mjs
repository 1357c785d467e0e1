// Reference solution of java-spring/publish-task-events: TaskService publishes TaskCompleted (a Spring application
// event) when a task becomes done; after the commit a listener, on only with app.events.kafka.enabled=true, sends
// it to the task-events topic keyed by task id.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  const test = `src/test/java/com/example/${flatName}`;
  return [
    {
      file: 'pom.xml',
      replace: `        <dependency>
            <groupId>com.h2database</groupId>`,
      with: `        <!-- KafkaTemplate, to publish task events. -->
        <dependency>
            <groupId>org.springframework.kafka</groupId>
            <artifactId>spring-kafka</artifactId>
        </dependency>

        <dependency>
            <groupId>com.h2database</groupId>`,
    },
    {
      file: `${main}/task/TaskCompleted.java`,
      content: `package com.example.${flatName}.task;

/** Published when a task changes from open to done. */
public record TaskCompleted(Long taskId, String owner, String title) {
}
`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: `    private final TaskRepository tasks;

    public TaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }`,
      with: `    private final TaskRepository tasks;
    private final ApplicationEventPublisher events;

    public TaskService(TaskRepository tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
    }`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: `        task.update(request.title(), request.done(), request.tags());
        return TaskResponse.from(task);`,
      with: `        boolean wasDone = task.isDone();
        task.update(request.title(), request.done(), request.tags());
        if (!wasDone && task.isDone()) {
            // Listeners with @TransactionalEventListener get it only once this transaction has committed.
            events.publishEvent(new TaskCompleted(task.getId(), owner, task.getTitle()));
        }
        return TaskResponse.from(task);`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: 'import org.springframework.data.domain.Page;\n',
      with: 'import org.springframework.context.ApplicationEventPublisher;\nimport org.springframework.data.domain.Page;\n',
    },
    {
      file: `${main}/task/KafkaTaskEvents.java`,
      content: `package com.example.${flatName}.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends TaskCompleted to the task-events topic after the transaction that completed the task has committed, so a
 * change that rolls back is never announced. The key is the task id: Kafka keeps the events of one key in order.
 * Only with app.events.kafka.enabled=true, so the API and its tests run without a broker.
 */
@Component
@ConditionalOnProperty(name = "app.events.kafka.enabled", havingValue = "true")
class KafkaTaskEvents {

    static final String TOPIC = "task-events";
    private static final Logger log = LoggerFactory.getLogger(KafkaTaskEvents.class);

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    KafkaTaskEvents(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    @TransactionalEventListener
    void publish(TaskCompleted event) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "task.completed");
        body.put("taskId", event.taskId());
        body.put("owner", event.owner());
        body.put("title", event.title());
        kafka.send(TOPIC, String.valueOf(event.taskId()), json.writeValueAsString(body))
                .whenComplete((result, error) -> {
                    if (error != null) log.warn("Task {} completed, but its event was not sent", event.taskId(), error);
                });
    }
}
`,
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'app.admin.password=admin-password',
      with: `app.admin.password=admin-password

# Task events go to Kafka (the task-events topic) only when this is true: it needs a broker at
# spring.kafka.bootstrap-servers (localhost:9092 by default).
app.events.kafka.enabled=false`,
    },
    {
      file: `${test}/task/TaskServiceTests.java`,
      replace: `    @Mock
    private TaskRepository tasks;
`,
      with: `    @Mock
    private TaskRepository tasks;

    @Mock
    private ApplicationEventPublisher events;
`,
    },
    {
      file: `${test}/task/TaskServiceTests.java`,
      replace: '        verify(tasks, never()).save(any());\n',
      with: `        verify(tasks, never()).save(any());
        verify(events).publishEvent(new TaskCompleted(null, "alice", "Final"));
`,
    },
    {
      file: `${test}/task/TaskServiceTests.java`,
      replace: 'import org.mockito.junit.jupiter.MockitoExtension;\n',
      with: 'import org.mockito.junit.jupiter.MockitoExtension;\nimport org.springframework.context.ApplicationEventPublisher;\n',
    },
  ];
};
