// Todos/TodoEndpoints.cs as the reference solutions leave it before the event store: the list filtered
// (due-dates-and-filters), then paged (page-the-list), then each change pushed over SignalR (live-updates).
const cs = String.raw;

export function todoEndpoints(pascalName, { paging, notifications }) {
  const hub = notifications ? ', IHubContext<TodoHub> hub' : '';
  const notify = (message, payload, owner) =>
    notifications ? `\n        await hub.Clients.User(${owner}).SendAsync(TodoHub.${message}, ${payload}, cancellationToken);` : '';
  const usings = [
    'System.Globalization',
    'System.Security.Claims',
    `${pascalName}.Api.Auth`,
    `${pascalName}.Api.Data`,
    notifications && `${pascalName}.Api.Hubs`,
    `${pascalName}.Api.Validation`,
    'Microsoft.AspNetCore.Http.HttpResults',
    notifications && 'Microsoft.AspNetCore.SignalR',
    'Microsoft.EntityFrameworkCore',
  ].filter((name) => name && (paging || name !== 'System.Globalization'));

  const getAll = paging
    ? cs`    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page of the caller's items, optionally filtered; X-Total-Count holds the count of all pages.</summary>
    private static async Task<Results<Ok<List<TodoResponse>>, ValidationProblem>> GetAll(
        bool? isDone,
        DateOnly? dueBefore,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        AppDbContext db,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var pageNumber = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var errors = new Dictionary<string, string[]>();
        if (pageNumber < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }
        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be from 1 to {MaxPageSize}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var todos = Filtered(db, user.GetUserId(), isDone, dueBefore);
        // Both run in the database: a COUNT, then one page with LIMIT and OFFSET.
        var total = await todos.CountAsync(cancellationToken);
        var items = await todos
            .OrderBy(todo => todo.Id)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(todo => new TodoResponse(todo.Id, todo.Title, todo.IsDone, todo.DueDate))
            .ToListAsync(cancellationToken);
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(items);
    }
`
    : cs`    /// <summary>The caller's items, optionally only those with a status, or due before a date.</summary>
    private static async Task<Ok<List<TodoResponse>>> GetAll(
        bool? isDone, DateOnly? dueBefore, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var items = await Filtered(db, user.GetUserId(), isDone, dueBefore)
            .OrderBy(todo => todo.Id)
            .Select(todo => new TodoResponse(todo.Id, todo.Title, todo.IsDone, todo.DueDate))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items);
    }
`;

  return cs`${usings.map((name) => `using ${name};`).join('\n')}

namespace ${pascalName}.Api.Todos;

/// <summary>The signed-in user's to-do items. Another user's item answers 404, as if it did not exist.</summary>
public static class TodoEndpoints
{
    public static RouteGroupBuilder MapTodoEndpoints(this IEndpointRouteBuilder app)
    {
        var todos = app.MapGroup("/api/todos").RequireAuthorization();

        todos.MapGet("/", GetAll);
        todos.MapGet("/{id:int}", GetById);
        todos.MapPost("/", Create).AddEndpointFilter<ValidationFilter<TodoRequest>>();
        todos.MapPut("/{id:int}", Update).AddEndpointFilter<ValidationFilter<TodoRequest>>();
        todos.MapDelete("/{id:int}", Delete);

        return todos;
    }

    /// <summary>The owner's items with the filters given, still a query: Where clauses that become one SQL WHERE.</summary>
    private static IQueryable<TodoItem> Filtered(AppDbContext db, string ownerId, bool? isDone, DateOnly? dueBefore)
    {
        var todos = db.Todos.AsNoTracking().Where(todo => todo.OwnerId == ownerId);
        if (isDone is bool done)
        {
            todos = todos.Where(todo => todo.IsDone == done);
        }
        if (dueBefore is DateOnly before)
        {
            todos = todos.Where(todo => todo.DueDate != null && todo.DueDate < before);
        }
        return todos;
    }

${getAll}
    private static async Task<Results<Ok<TodoResponse>, NotFound>> GetById(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        return todo is null ? TypedResults.NotFound() : TypedResults.Ok(TodoResponse.From(todo));
    }

    private static async Task<Created<TodoResponse>> Create(
        TodoRequest request, ClaimsPrincipal user, AppDbContext db${hub}, CancellationToken cancellationToken)
    {
        var todo = new TodoItem
        {
            OwnerId = user.GetUserId(),
            Title = request.Title,
            IsDone = request.IsDone,
            DueDate = request.DueDate,
        };
        db.Todos.Add(todo);
        await db.SaveChangesAsync(cancellationToken);
        var created = TodoResponse.From(todo);${notify('TodoCreated', 'created', 'todo.OwnerId')}
        return TypedResults.Created($"/api/todos/{todo.Id}", created);
    }

    private static async Task<Results<Ok<TodoResponse>, NotFound>> Update(
        int id, TodoRequest request, ClaimsPrincipal user, AppDbContext db${hub}, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        if (todo is null)
        {
            return TypedResults.NotFound();
        }

        // The entity is tracked: SaveChanges writes exactly the properties that changed.
        todo.Title = request.Title;
        todo.IsDone = request.IsDone;
        todo.DueDate = request.DueDate;
        await db.SaveChangesAsync(cancellationToken);
        var updated = TodoResponse.From(todo);${notify('TodoUpdated', 'updated', 'todo.OwnerId')}
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(
        int id, ClaimsPrincipal user, AppDbContext db${hub}, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        if (todo is null)
        {
            return TypedResults.NotFound();
        }

        db.Todos.Remove(todo);
        await db.SaveChangesAsync(cancellationToken);${notify('TodoDeleted', 'id', 'todo.OwnerId')}
        return TypedResults.NoContent();
    }

    private static Task<TodoItem?> FindOwnedAsync(
        AppDbContext db, int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        return db.Todos.SingleOrDefaultAsync(todo => todo.Id == id && todo.OwnerId == ownerId, cancellationToken);
    }
}
`;
}
