// Reference solution of java-spring/graphql-tasks: Spring for GraphQL over the same TaskService, with errors
// classified NOT_FOUND and BAD_REQUEST by a DataFetcherExceptionResolver.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  return [
    {
      file: 'pom.xml',
      replace: `        <dependency>
            <groupId>com.h2database</groupId>`,
      with: `        <!-- Spring for GraphQL (graphql-java underneath): POST /graphql, schema in src/main/resources/graphql/. -->
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-graphql</artifactId>
        </dependency>

        <dependency>
            <groupId>com.h2database</groupId>`,
    },
    {
      file: 'src/main/resources/graphql/tasks.graphqls',
      content: `"The signed-in user's tasks, as in the REST API."
type Query {
    "The caller's tasks, oldest first."
    tasks: [Task!]!
    "One of the caller's tasks; null when it does not exist or belongs to someone else."
    task(id: ID!): Task
}

type Mutation {
    "Creates an open task. A blank title is an error classified BAD_REQUEST."
    createTask(title: String!): Task!
    "Marks the task done. Someone else's or a missing task is an error classified NOT_FOUND."
    completeTask(id: ID!): Task
}

type Task {
    id: ID!
    title: String!
    done: Boolean!
}
`,
    },
    {
      file: `${main}/graphql/TaskGraphQlController.java`,
      content: `package com.example.${flatName}.graphql;

import com.example.${flatName}.task.Task;
import com.example.${flatName}.task.TaskNotFoundException;
import com.example.${flatName}.task.TaskRequest;
import com.example.${flatName}.task.TaskResponse;
import com.example.${flatName}.task.TaskService;
import java.security.Principal;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The schema's Query and Mutation fields (src/main/resources/graphql/tasks.graphqls), answered by the same
 * TaskService as the REST controller. graphql-java reads a TaskResponse's id, title and done for the Task type.
 */
@Controller
class TaskGraphQlController {

    private final TaskService taskService;

    TaskGraphQlController(TaskService taskService) {
        this.taskService = taskService;
    }

    @QueryMapping
    List<TaskResponse> tasks(Principal principal) {
        return taskService.list(principal.getName(), null, Pageable.unpaged(Sort.by("id"))).getContent();
    }

    @QueryMapping
    TaskResponse task(@Argument long id, Principal principal) {
        try {
            return taskService.get(principal.getName(), id);
        } catch (TaskNotFoundException e) {
            return null;
        }
    }

    @MutationMapping
    TaskResponse createTask(@Argument String title, Principal principal) {
        String trimmed = title.strip();
        if (trimmed.isEmpty() || trimmed.length() > Task.MAX_TITLE_LENGTH) {
            throw new InvalidInputException("The title must have 1 to " + Task.MAX_TITLE_LENGTH + " characters");
        }
        return taskService.create(principal.getName(), new TaskRequest(trimmed, false, List.of()));
    }

    @MutationMapping
    TaskResponse completeTask(@Argument long id, Principal principal) {
        return taskService.complete(principal.getName(), id);
    }
}
`,
    },
    {
      file: `${main}/graphql/InvalidInputException.java`,
      content: `package com.example.${flatName}.graphql;

/** Arguments the schema's types allow but the API does not (a blank title): a BAD_REQUEST error. */
class InvalidInputException extends RuntimeException {

    InvalidInputException(String message) {
        super(message);
    }
}
`,
    },
    {
      file: `${main}/graphql/GraphQlErrors.java`,
      content: `package com.example.${flatName}.graphql;

import com.example.${flatName}.task.TaskNotFoundException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * GraphQL answers 200 with an "errors" list; its extensions.classification tells clients what went wrong, as an
 * HTTP status would. Exceptions not listed here stay INTERNAL_ERROR, without their message.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof TaskNotFoundException) return error(ErrorType.NOT_FOUND, ex, env);
        if (ex instanceof InvalidInputException) return error(ErrorType.BAD_REQUEST, ex, env);
        return null;
    }

    private static GraphQLError error(ErrorType type, Throwable ex, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
    }
}
`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: `    @Transactional
    public void delete(String owner, long id) {`,
      with: `    @Transactional
    public TaskResponse complete(String owner, long id) {
        Task task = findOne(owner, id);
        return update(owner, id, new TaskRequest(task.getTitle(), true, task.getTags()));
    }

    @Transactional
    public void delete(String owner, long id) {`,
    },
  ];
};
