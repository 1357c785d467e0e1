// Reference solution of dotnet/event-sourced-history: TodoEvent records applied by pattern matching, an event store
// (TodoEvents, unique per item and version) written by TodoCommands (the write side) together with the Todos read
// model, GET /api/todos/{id}/history, versions as strong ETags and If-Match answered with 412 when stale.
import { todoRpcService } from './todo-rpc-service.mjs';

const cs = String.raw;

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  const todos = `${api}/Todos`;
  return [
    {
      file: `${todos}/TodoItem.cs`,
      replace: '    public DateOnly? DueDate { get; set; }\n',
      with: "    public DateOnly? DueDate { get; set; }\n\n    /// <summary>The version of its last event: this row is a read model of the item's events.</summary>\n    public int Version { get; set; }\n",
    },
    {
      file: `${todos}/TodoEvents.cs`,
      content: cs`namespace ${pascalName}.Api.Todos;

/// <summary>A change to a to-do item, as the event store keeps it. Replaying an item's events rebuilds it.</summary>
public abstract record TodoEvent
{
    public void ApplyTo(TodoItem todo)
    {
        switch (this)
        {
            case TodoCreated created:
                todo.Title = created.Title;
                todo.IsDone = created.IsDone;
                todo.DueDate = created.DueDate;
                break;
            case TodoRenamed renamed:
                todo.Title = renamed.Title;
                break;
            case TodoCompleted:
                todo.IsDone = true;
                break;
            case TodoReopened:
                todo.IsDone = false;
                break;
            case TodoRescheduled rescheduled:
                todo.DueDate = rescheduled.DueDate;
                break;
            case TodoDeleted:
                break;
            default:
                throw new InvalidOperationException($"No way to apply {GetType().Name}.");
        }
    }
}

public sealed record TodoCreated(string Title, bool IsDone, DateOnly? DueDate) : TodoEvent;

public sealed record TodoRenamed(string Title) : TodoEvent;

public sealed record TodoCompleted : TodoEvent;

public sealed record TodoReopened : TodoEvent;

public sealed record TodoRescheduled(DateOnly? DueDate) : TodoEvent;

public sealed record TodoDeleted : TodoEvent;
`,
    },
    {
      file: `${todos}/StoredEvent.cs`,
      content: cs`namespace ${pascalName}.Api.Todos;

/// <summary>A row of the event store: one change of one item, numbered by Version from 1 for each item.</summary>
public sealed class StoredEvent
{
    public long Id { get; set; }

    public int TodoId { get; init; }

    public required string OwnerId { get; init; }

    public int Version { get; init; }

    /// <summary>The event's record type: TodoCreated, TodoRenamed…</summary>
    public required string Type { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Data { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
`,
    },
    {
      file: `${todos}/TodoCommands.cs`,
      content: cs`using System.Text.Json;
using ${pascalName}.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace ${pascalName}.Api.Todos;

public enum CommandOutcome
{
    Done,
    NotFound,
    /// <summary>The item is not at the version the client expected (If-Match), or another writer got there first.</summary>
    VersionMismatch,
}

/// <summary>
/// The write side. Every change to an item is an event appended to the event store and applied to the Todos read
/// model in the same SaveChanges; queries read the read model, or the events for an item's history.
/// </summary>
public sealed class TodoCommands(AppDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TodoItem> CreateAsync(string ownerId, TodoRequest request, CancellationToken cancellationToken)
    {
        // The item's id names its event stream, so its row is saved first; the transaction commits both saves.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var todo = new TodoItem { OwnerId = ownerId, Title = request.Title };
        db.Todos.Add(todo);
        await db.SaveChangesAsync(cancellationToken);
        Append(todo, new TodoCreated(request.Title, request.IsDone, request.DueDate));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return todo;
    }

    /// <summary>Appends one event per change (the renaming first), none when nothing changes.</summary>
    public async Task<(CommandOutcome Outcome, TodoItem? Todo)> UpdateAsync(
        int id, string ownerId, TodoRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        var todo = await db.Todos.SingleOrDefaultAsync(t => t.Id == id && t.OwnerId == ownerId, cancellationToken);
        if (todo is null)
        {
            return (CommandOutcome.NotFound, null);
        }
        if (expectedVersion is int expected && expected != todo.Version)
        {
            return (CommandOutcome.VersionMismatch, todo);
        }

        if (request.Title != todo.Title)
        {
            Append(todo, new TodoRenamed(request.Title));
        }
        if (request.IsDone != todo.IsDone)
        {
            Append(todo, request.IsDone ? new TodoCompleted() : new TodoReopened());
        }
        if (request.DueDate != todo.DueDate)
        {
            Append(todo, new TodoRescheduled(request.DueDate));
        }
        return await SaveAsync(cancellationToken) ? (CommandOutcome.Done, todo) : (CommandOutcome.VersionMismatch, null);
    }

    public async Task<CommandOutcome> DeleteAsync(int id, string ownerId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var todo = await db.Todos.SingleOrDefaultAsync(t => t.Id == id && t.OwnerId == ownerId, cancellationToken);
        if (todo is null)
        {
            return CommandOutcome.NotFound;
        }
        if (expectedVersion is int expected && expected != todo.Version)
        {
            return CommandOutcome.VersionMismatch;
        }

        Append(todo, new TodoDeleted());
        // The read model forgets the item; its events stay.
        db.Todos.Remove(todo);
        return await SaveAsync(cancellationToken) ? CommandOutcome.Done : CommandOutcome.VersionMismatch;
    }

    private void Append(TodoItem todo, TodoEvent change)
    {
        change.ApplyTo(todo);
        todo.Version += 1;
        db.TodoEvents.Add(new StoredEvent
        {
            TodoId = todo.Id,
            OwnerId = todo.OwnerId,
            Version = todo.Version,
            Type = change.GetType().Name,
            Data = JsonSerializer.Serialize(change, change.GetType(), Json),
            OccurredAt = DateTimeOffset.UtcNow,
        });
    }

    /// <summary>False when another writer appended the same version first (the unique index refused ours).</summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
`,
    },
    {
      file: `${todos}/TodoContracts.cs`,
      replace: '    public static TodoResponse From(TodoItem todo) => new(todo.Id, todo.Title, todo.IsDone, todo.DueDate);\n}\n',
      with: `    public static TodoResponse From(TodoItem todo) => new(todo.Id, todo.Title, todo.IsDone, todo.DueDate);
}

/// <summary>One event of an item's history, as GET /api/todos/{id}/history returns it.</summary>
public sealed record TodoHistoryEntry(int Version, string Type, DateTimeOffset OccurredAt, JsonElement Data);
`,
    },
    {
      file: `${todos}/TodoContracts.cs`,
      replace: 'using System.ComponentModel.DataAnnotations;\n',
      with: 'using System.ComponentModel.DataAnnotations;\nusing System.Text.Json;\n',
    },
    {
      file: `${api}/Data/AppDbContext.cs`,
      replace: '    public DbSet<TodoItem> Todos => Set<TodoItem>();\n',
      with: '    public DbSet<TodoItem> Todos => Set<TodoItem>();\n\n    /// <summary>The event store: every change of every item.</summary>\n    public DbSet<StoredEvent> TodoEvents => Set<StoredEvent>();\n',
    },
    {
      file: `${api}/Data/AppDbContext.cs`,
      replace: '            todo.HasIndex(t => t.OwnerId);\n        });\n',
      with: cs`            todo.HasIndex(t => t.OwnerId);
        });
        modelBuilder.Entity<StoredEvent>(stored =>
        {
            stored.Property(e => e.OwnerId).HasMaxLength(100);
            stored.Property(e => e.Type).HasMaxLength(50);
            // Two writers appending the same version of one item collide here instead of both winning.
            stored.HasIndex(e => new { e.TodoId, e.Version }).IsUnique();
        });
`,
    },
    { file: `${todos}/TodoEndpoints.cs`, content: eventSourcedEndpoints(pascalName) },
    { file: `${api}/Rpc/TodoRpcService.cs`, content: todoRpcService(pascalName, { commands: true }) },
    {
      file: `${api}/Program.cs`,
      replace: 'builder.Services.AddJwtAuthentication();\n',
      with: 'builder.Services.AddScoped<TodoCommands>();\nbuilder.Services.AddJwtAuthentication();\n',
    },
  ];
};

function eventSourcedEndpoints(pascalName) {
  return cs`using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ${pascalName}.Api.Auth;
using ${pascalName}.Api.Data;
using ${pascalName}.Api.Hubs;
using ${pascalName}.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ${pascalName}.Api.Todos;

/// <summary>
/// The signed-in user's to-do items. Another user's item answers 404, as if it did not exist. Writes go through
/// TodoCommands (events); reads come from the Todos read model, and the history from the events.
/// </summary>
public static class TodoEndpoints
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapTodoEndpoints(this IEndpointRouteBuilder app)
    {
        var todos = app.MapGroup("/api/todos").RequireAuthorization();

        todos.MapGet("/", GetAll);
        todos.MapGet("/{id:int}", GetById);
        todos.MapGet("/{id:int}/history", GetHistory);
        todos.MapPost("/", Create).AddEndpointFilter<ValidationFilter<TodoRequest>>();
        todos.MapPut("/{id:int}", Update).AddEndpointFilter<ValidationFilter<TodoRequest>>();
        todos.MapDelete("/{id:int}", Delete);

        return todos;
    }

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

        var ownerId = user.GetUserId();
        var todos = db.Todos.AsNoTracking().Where(todo => todo.OwnerId == ownerId);
        if (isDone is bool done)
        {
            todos = todos.Where(todo => todo.IsDone == done);
        }
        if (dueBefore is DateOnly before)
        {
            todos = todos.Where(todo => todo.DueDate != null && todo.DueDate < before);
        }
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

    private static async Task<Results<Ok<TodoResponse>, NotFound>> GetById(
        int id, ClaimsPrincipal user, AppDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        var todo = await db.Todos
            .AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == id && t.OwnerId == ownerId, cancellationToken);
        if (todo is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.ETag = ETagOf(todo);
        return TypedResults.Ok(TodoResponse.From(todo));
    }

    /// <summary>The item's events in order, also once it is deleted; only its owner sees them.</summary>
    private static async Task<Results<Ok<List<TodoHistoryEntry>>, NotFound>> GetHistory(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        var events = await db.TodoEvents
            .AsNoTracking()
            .Where(stored => stored.TodoId == id && stored.OwnerId == ownerId)
            .OrderBy(stored => stored.Version)
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(events
            .Select(stored => new TodoHistoryEntry(
                stored.Version, stored.Type, stored.OccurredAt, JsonSerializer.Deserialize<JsonElement>(stored.Data)))
            .ToList());
    }

    private static async Task<Created<TodoResponse>> Create(
        TodoRequest request,
        ClaimsPrincipal user,
        TodoCommands commands,
        IHubContext<TodoHub> hub,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var todo = await commands.CreateAsync(user.GetUserId(), request, cancellationToken);
        var created = TodoResponse.From(todo);
        await hub.Clients.User(todo.OwnerId).SendAsync(TodoHub.TodoCreated, created, cancellationToken);
        response.Headers.ETag = ETagOf(todo);
        return TypedResults.Created($"/api/todos/{todo.Id}", created);
    }

    private static async Task<Results<Ok<TodoResponse>, NotFound, ProblemHttpResult>> Update(
        int id,
        TodoRequest request,
        ClaimsPrincipal user,
        TodoCommands commands,
        IHubContext<TodoHub> hub,
        HttpRequest httpRequest,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (outcome, todo) = await commands.UpdateAsync(
            id, user.GetUserId(), request, ExpectedVersion(httpRequest), cancellationToken);
        if (outcome == CommandOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }
        if (outcome == CommandOutcome.VersionMismatch || todo is null)
        {
            return VersionMismatch();
        }

        var updated = TodoResponse.From(todo);
        await hub.Clients.User(todo.OwnerId).SendAsync(TodoHub.TodoUpdated, updated, cancellationToken);
        response.Headers.ETag = ETagOf(todo);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(
        int id,
        ClaimsPrincipal user,
        TodoCommands commands,
        IHubContext<TodoHub> hub,
        HttpRequest httpRequest,
        CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        var outcome = await commands.DeleteAsync(id, ownerId, ExpectedVersion(httpRequest), cancellationToken);
        if (outcome == CommandOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }
        if (outcome == CommandOutcome.VersionMismatch)
        {
            return VersionMismatch();
        }

        await hub.Clients.User(ownerId).SendAsync(TodoHub.TodoDeleted, id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A strong ETag: the version of the item's last event, quoted.</summary>
    private static string ETagOf(TodoItem todo) => $"\"{todo.Version}\"";

    /// <summary>The version If-Match expects: null without one (or with *), -1 when it names none of ours.</summary>
    private static int? ExpectedVersion(HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0 || ifMatch == "*")
        {
            return null;
        }
        var quoted = ifMatch.Length > 2 && ifMatch[0] == '"' && ifMatch[^1] == '"';
        return quoted && int.TryParse(ifMatch[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }

    private static ProblemHttpResult VersionMismatch() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            detail: "The item has changed since the version in If-Match: read it again, then retry.");
}
`;
}
