using System.Security.Claims;
using {{bp.pascalName}}.Api.Auth;
using {{bp.pascalName}}.Api.Data;
using {{bp.pascalName}}.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace {{bp.pascalName}}.Api.Todos;

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

    private static async Task<Ok<List<TodoResponse>>> GetAll(
        ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        var todos = await db.Todos
            .AsNoTracking()
            .Where(todo => todo.OwnerId == ownerId)
            .OrderBy(todo => todo.Id)
            .Select(todo => new TodoResponse(todo.Id, todo.Title, todo.IsDone))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(todos);
    }

    private static async Task<Results<Ok<TodoResponse>, NotFound>> GetById(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        return todo is null ? TypedResults.NotFound() : TypedResults.Ok(TodoResponse.From(todo));
    }

    private static async Task<Created<TodoResponse>> Create(
        TodoRequest request, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = new TodoItem { OwnerId = user.GetUserId(), Title = request.Title, IsDone = request.IsDone };
        db.Todos.Add(todo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/todos/{todo.Id}", TodoResponse.From(todo));
    }

    private static async Task<Results<Ok<TodoResponse>, NotFound>> Update(
        int id, TodoRequest request, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        if (todo is null)
        {
            return TypedResults.NotFound();
        }

        // The entity is tracked: SaveChanges writes exactly the properties that changed.
        todo.Title = request.Title;
        todo.IsDone = request.IsDone;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TodoResponse.From(todo));
    }

    private static async Task<Results<NoContent, NotFound>> Delete(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = await FindOwnedAsync(db, id, user, cancellationToken);
        if (todo is null)
        {
            return TypedResults.NotFound();
        }

        db.Todos.Remove(todo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<TodoItem?> FindOwnedAsync(
        AppDbContext db, int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        return db.Todos.SingleOrDefaultAsync(todo => todo.Id == id && todo.OwnerId == ownerId, cancellationToken);
    }
}
