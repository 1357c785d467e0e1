using System.Net;
using System.Net.Http.Json;
using {{bp.pascalName}}.Api.Todos;
using Microsoft.AspNetCore.Http;

namespace {{bp.pascalName}}.Api.Tests;

/// <summary>
/// The whole HTTP pipeline in memory. Every test signs in as a user of its own, so tests never see each other's data.
/// </summary>
public class TodoEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string NewUser() => $"user-{Guid.NewGuid():N}";

    private static async Task<TodoResponse> CreateTodoAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/todos", new { title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TodoResponse>())!;
    }

    [Fact]
    public async Task CreatesATodoAndReturnsItsLocation()
    {
        var client = factory.CreateClientFor(NewUser());

        var response = await client.PostAsJsonAsync("/api/todos", new { title = "Write the first test" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<TodoResponse>();
        Assert.NotNull(created);
        Assert.Equal("Write the first test", created.Title);
        Assert.False(created.IsDone);
        Assert.Equal($"/api/todos/{created.Id}", response.Headers.Location?.OriginalString);

        var fetched = await client.GetFromJsonAsync<TodoResponse>(response.Headers.Location);
        Assert.Equal(created, fetched);
    }

    [Fact]
    public async Task ListsOnlyTheCallersTodos()
    {
        var alice = factory.CreateClientFor(NewUser());
        var bob = factory.CreateClientFor(NewUser());
        await CreateTodoAsync(alice, "Alice's first");
        await CreateTodoAsync(bob, "Bob's");
        await CreateTodoAsync(alice, "Alice's second");

        var todos = await alice.GetFromJsonAsync<List<TodoResponse>>("/api/todos");

        Assert.NotNull(todos);
        Assert.Equal(new[] { "Alice's first", "Alice's second" }, todos.Select(todo => todo.Title));
    }

    [Fact]
    public async Task HidesOtherUsersTodos()
    {
        var todo = await CreateTodoAsync(factory.CreateClientFor(NewUser()), "Private");

        var response = await factory.CreateClientFor(NewUser()).GetAsync($"/api/todos/{todo.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RejectsABlankTitleWithTheFieldInError()
    {
        var client = factory.CreateClientFor(NewUser());

        var response = await client.PostAsJsonAsync("/api/todos", new { title = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.NotNull(problem);
        Assert.Contains("title", problem.Errors.Keys);
    }

    [Fact]
    public async Task UpdatesATodo()
    {
        var client = factory.CreateClientFor(NewUser());
        var todo = await CreateTodoAsync(client, "Draft");

        var response = await client.PutAsJsonAsync($"/api/todos/{todo.Id}", new { title = "Final", isDone = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fetched = await client.GetFromJsonAsync<TodoResponse>($"/api/todos/{todo.Id}");
        Assert.Equal(new TodoResponse(todo.Id, "Final", true), fetched);
    }

    [Fact]
    public async Task DeletesATodo()
    {
        var client = factory.CreateClientFor(NewUser());
        var todo = await CreateTodoAsync(client, "Short-lived");

        var deleted = await client.DeleteAsync($"/api/todos/{todo.Id}");
        var fetched = await client.GetAsync($"/api/todos/{todo.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fetched.StatusCode);
    }
}
