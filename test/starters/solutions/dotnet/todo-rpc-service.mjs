// Rpc/TodoRpcService.cs as the reference solutions leave it: writing to the table (grpc-todo-service), then through
// the event store's commands (event-sourced-history).
const cs = String.raw;

export function todoRpcService(pascalName, { commands }) {
  const create = commands
    ? cs`        var todo = await commands.CreateAsync(
            context.GetHttpContext().User.GetUserId(), new TodoRequest { Title = request.Title }, context.CancellationToken);`
    : cs`        var todo = new TodoItem { OwnerId = context.GetHttpContext().User.GetUserId(), Title = request.Title };
        db.Todos.Add(todo);
        await db.SaveChangesAsync(context.CancellationToken);`;
  return cs`using ${pascalName}.Api.Auth;
using ${pascalName}.Api.Data;
using ${pascalName}.Api.Todos;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace ${pascalName}.Api.Rpc;

/// <summary>todos.v1.TodoService: the caller's items over gRPC, the same rows as /api/todos.</summary>
public sealed class TodoRpcService(AppDbContext db${commands ? ', TodoCommands commands' : ''}) : TodoService.TodoServiceBase
{
    public override async Task<ListTodosReply> ListTodos(ListTodosRequest request, ServerCallContext context)
    {
        var ownerId = context.GetHttpContext().User.GetUserId();
        var todos = await db.Todos
            .AsNoTracking()
            .Where(todo => todo.OwnerId == ownerId)
            .OrderBy(todo => todo.Id)
            .ToListAsync(context.CancellationToken);
        var reply = new ListTodosReply();
        reply.Todos.AddRange(todos.Select(ToMessage));
        return reply;
    }

    public override async Task<Todo> CreateTodo(CreateTodoRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > TodoItem.MaxTitleLength)
        {
            throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"title must not be blank, nor longer than {TodoItem.MaxTitleLength} characters."));
        }

${create}
        return ToMessage(todo);
    }

    private static Todo ToMessage(TodoItem todo) => new() { Id = todo.Id, Title = todo.Title, IsDone = todo.IsDone };
}
`;
}
