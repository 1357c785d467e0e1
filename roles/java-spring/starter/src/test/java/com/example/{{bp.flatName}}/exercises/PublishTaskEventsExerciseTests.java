package com.example.{{bp.flatName}}.exercises;

import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.json;
import static com.example.{{bp.flatName}}.exercises.ExerciseSupport.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exercise "Publish task events to Kafka", against a Kafka broker that runs inside the test. Not @Transactional: the
 * events go out after a transaction commits, and a test transaction never does.
 */
@SpringBootTest(properties = "app.events.kafka.enabled=true")
@AutoConfigureMockMvc
@EmbeddedKafka(topics = PublishTaskEventsExerciseTests.TOPIC, partitions = 1,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PublishTaskEventsExerciseTests {

    static final String TOPIC = "task-events";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private KafkaConsumer<String, String> consumer;

    @BeforeEach
    void readTheTopicFromTheStart() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(config);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void publishesAnEventWhenATaskIsCompleted() throws Exception {
        String owner = "alice-" + UUID.randomUUID();
        long id = create(owner, "Ship it");
        update(owner, id, "Ship it", true, 200);

        List<ConsumerRecord<String, String>> events = eventsOf(id, 1, Duration.ofSeconds(15));
        assertThat(events).as("no event with key \"%d\" on the %s topic within 15 s of completing task %d", id,
                TOPIC, id).isNotEmpty();
        JsonNode event = json(events.get(0).value());
        assertThat(event.path("type").asText()).as("the event's type: %s", event).isEqualTo("task.completed");
        assertThat(event.path("taskId").asLong()).as("the event's taskId: %s", event).isEqualTo(id);
        assertThat(event.path("owner").asText()).as("the event's owner: %s", event).isEqualTo(owner);
        assertThat(event.path("title").asText()).as("the event's title: %s", event).isEqualTo("Ship it");
    }

    @Test
    void publishesOnlyWhenATaskBecomesDone() throws Exception {
        String owner = "bob-" + UUID.randomUUID();
        long id = create(owner, "Draft");
        update(owner, id, "Still a draft", false, 200);
        update(owner, id, "Final", true, 200);
        update(owner, id, "Final, renamed", true, 200);

        assertThat(eventsOf(id, 2, Duration.ofSeconds(8)))
                .as("one event for the change from open to done; none for edits before it or after it")
                .hasSize(1);
    }

    @Test
    void publishesNothingWhenTheUpdateFails() throws Exception {
        String owner = "carol-" + UUID.randomUUID();
        long id = create(owner, "Private");
        update("mallory-" + UUID.randomUUID(), id, "Private", true, 404);

        assertThat(eventsOf(id, 1, Duration.ofSeconds(5))).as("someone else's PUT answered 404: no event").isEmpty();
    }

    /** The events whose key is the task's id, read until {@code enough} arrived or {@code wait} passed. */
    private List<ConsumerRecord<String, String>> eventsOf(long taskId, int enough, Duration wait) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (found.size() < enough && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofMillis(250))) {
                if (String.valueOf(taskId).equals(event.key())) found.add(event);
            }
        }
        return found;
    }

    private long create(String owner, String title) throws Exception {
        String body = mvc.perform(post("/api/tasks").with(as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title))))
                .andReturn().getResponse().getContentAsString();
        return json(body).path("id").asLong();
    }

    private void update(String owner, long id, String title, boolean done, int expected) throws Exception {
        int status = mvc.perform(put("/api/tasks/" + id).with(as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("title", title, "done", done))))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("PUT /api/tasks/%d", id).isEqualTo(expected);
    }

    private static RequestPostProcessor as(String owner) {
        return jwt().jwt(token -> token.subject(owner));
    }
}
