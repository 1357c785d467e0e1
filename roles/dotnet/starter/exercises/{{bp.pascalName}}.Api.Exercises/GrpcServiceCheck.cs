using System.Net.Http.Json;
using {{bp.pascalName}}.Api.Exercises.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "grpc-todo-service": the items over gRPC, from Protos/todos.proto, behind the same JWT.</summary>
public class GrpcServiceCheck
{
    private static TodoService.TodoServiceClient ClientOf(ExerciseApp app) =>
        new(GrpcChannel.ForAddress(app.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new ResponseVersionHandler { InnerHandler = app.Server.CreateHandler() },
        }));

    private static Metadata BearerFor(ExerciseApp app, string userName) =>
        new() { { "Authorization", $"Bearer {app.TokenFor(userName)}" } };

    private static string Explain(RpcException error) =>
        error.StatusCode == StatusCode.Unimplemented
            ? "Unimplemented: the API serves no todos.v1.TodoService (AddGrpc, MapGrpcService, and the proto built with GrpcServices=\"Server\")"
            : $"{error.StatusCode}: {error.Status.Detail}";

    private static async Task<T> CallAsync<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RpcException error)
        {
            throw Check.Failed($"{what} failed with {Explain(error)}.");
        }
    }

    private static async Task ExpectErrorAsync(Func<Task> call, StatusCode expected, string what)
    {
        try
        {
            await call();
        }
        catch (RpcException error)
        {
            Check.That(error.StatusCode == expected, $"{what} failed with {Explain(error)}; expected {expected}.");
            return;
        }
        throw Check.Failed($"{what} succeeded; expected {expected}.");
    }

    [Fact]
    public async Task RefusesCallsWithoutAToken()
    {
        using var app = new ExerciseApp();

        await ExpectErrorAsync(
            async () => await ClientOf(app).ListTodosAsync(new ListTodosRequest()),
            StatusCode.Unauthenticated,
            "ListTodos without a token");
    }

    [Fact]
    public async Task SharesTheCallersItemsWithTheHttpApi()
    {
        using var app = new ExerciseApp();
        var alice = ExerciseApp.NewUser("alice");
        var client = ClientOf(app);
        await app.ClientFor(alice).PostAsJsonAsync("/api/todos", new { title = "Over HTTP" });

        var created = await CallAsync(
            async () => await client.CreateTodoAsync(new CreateTodoRequest { Title = "Over gRPC" }, BearerFor(app, alice)),
            "CreateTodo");
        Check.That(
            created.Id > 0 && created.Title == "Over gRPC" && !created.IsDone,
            $"CreateTodo answered {created}; expected the new item with its id, the title \"Over gRPC\" and is_done false.");

        var listed = await CallAsync(
            async () => await client.ListTodosAsync(new ListTodosRequest(), BearerFor(app, alice)),
            "ListTodos");
        var titles = listed.Todos.Select(todo => todo.Title).ToArray();
        Check.That(
            titles.SequenceEqual(new[] { "Over HTTP", "Over gRPC" }),
            $"ListTodos answered [{string.Join(", ", titles)}]; expected [Over HTTP, Over gRPC]: the caller's items, oldest first.");
        var overHttp = Responses.Titles(
            await Responses.JsonAsync(await app.ClientFor(alice).GetAsync("/api/todos"), 200, "GET /api/todos"), "GET /api/todos");
        Check.That(
            overHttp.Contains("Over gRPC"),
            $"GET /api/todos answered [{string.Join(", ", overHttp)}]: the item created over gRPC belongs in the same table.");

        var others = await CallAsync(
            async () => await client.ListTodosAsync(new ListTodosRequest(), BearerFor(app, ExerciseApp.NewUser("bob"))),
            "ListTodos as another user");
        Check.That(others.Todos.Count == 0, $"ListTodos as another user answered {others}; expected no items.");
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("This title is far too long for the API, which stores at most two hundred characters, so it must refuse it rather than cut it or fail inside the database; the HTTP endpoints answer 400, gRPC answers INVALID_ARGUMENT!")]
    public async Task RejectsAnInvalidTitle(string title)
    {
        using var app = new ExerciseApp();

        await ExpectErrorAsync(
            async () => await ClientOf(app).CreateTodoAsync(new CreateTodoRequest { Title = title }, BearerFor(app, ExerciseApp.NewUser("alice"))),
            StatusCode.InvalidArgument,
            $"CreateTodo with the title \"{title}\" ({title.Length} characters)");
    }
}

/// <summary>TestServer answers with HTTP/1.1 as the version; gRPC insists on HTTP/2: copy the request's version.</summary>
public sealed class ResponseVersionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        response.Version = request.Version;
        return response;
    }
}
