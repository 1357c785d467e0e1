using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "live-updates": a SignalR hub that pushes each user's changes to that user's connections.</summary>
public class LiveUpdatesCheck
{
    /// <summary>A connection that passes its token as browsers must, in the query string (long polling: TestServer has no sockets).</summary>
    private static HubConnection Connect(ExerciseApp app, string? token)
    {
        var path = token is null ? "/hubs/todos" : $"/hubs/todos?access_token={Uri.EscapeDataString(token)}";
        return new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            })
            .Build();
    }

    private static HttpStatusCode? RefusalOf(Exception? error) =>
        error is null ? null : (error as HttpRequestException)?.StatusCode ?? RefusalOf(error.InnerException);

    private static async Task StartAsync(HubConnection connection, string who)
    {
        try
        {
            await connection.StartAsync();
        }
        catch (Exception error)
        {
            var hint = RefusalOf(error) == HttpStatusCode.NotFound ? " Map the hub: app.MapHub<TodoHub>(\"/hubs/todos\")." : "";
            throw Check.Failed($"{who} could not connect to /hubs/todos with ?access_token=<a valid token>: {error.Message}{hint}");
        }
    }

    private static TaskCompletionSource<JsonElement> Expect(HubConnection connection, string message)
    {
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>(message, payload => received.TrySetResult(payload));
        return received;
    }

    private static async Task<JsonElement> WithinFiveSecondsAsync(TaskCompletionSource<JsonElement> received, string what)
    {
        try
        {
            return await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            throw Check.Failed($"No {what} reached the owner's connection within 5 s.");
        }
    }

    private static void ExpectItem(JsonElement payload, int id, string title, bool isDone, string message)
    {
        Check.That(
            payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("id", out var actualId) && actualId.ValueKind == JsonValueKind.Number && actualId.GetInt32() == id
            && payload.TryGetProperty("title", out var actualTitle) && actualTitle.GetString() == title
            && payload.TryGetProperty("isDone", out var actualDone) && actualDone.ValueKind == (isDone ? JsonValueKind.True : JsonValueKind.False),
            $"{message} carried {payload}; expected the item as GET /api/todos/{{id}} shows it: id {id}, title \"{title}\", isDone {isDone.ToString().ToLowerInvariant()}.");
    }

    [Fact]
    public async Task RefusesConnectionsWithoutAToken()
    {
        using var app = new ExerciseApp();
        await using var connection = Connect(app, token: null);

        try
        {
            await connection.StartAsync();
        }
        catch (Exception error)
        {
            var status = RefusalOf(error);
            var hint = status == HttpStatusCode.NotFound ? " Map the hub: app.MapHub<TodoHub>(\"/hubs/todos\")." : "";
            Check.That(
                status == HttpStatusCode.Unauthorized,
                $"Connecting to /hubs/todos without a token failed with {error.Message}; expected 401 Unauthorized.{hint}");
            return;
        }
        throw Check.Failed("A connection to /hubs/todos without a token was accepted: protect the hub with [Authorize].");
    }

    [Fact]
    public async Task PushesEachChangeToItsOwnerOnly()
    {
        using var app = new ExerciseApp();
        var alice = ExerciseApp.NewUser("alice");
        await using var aliceHub = Connect(app, app.TokenFor(alice));
        await using var bobHub = Connect(app, app.TokenFor(ExerciseApp.NewUser("bob")));
        var created = Expect(aliceHub, "TodoCreated");
        var updated = Expect(aliceHub, "TodoUpdated");
        var deleted = Expect(aliceHub, "TodoDeleted");
        var bobReceived = new ConcurrentQueue<string>();
        foreach (var message in new[] { "TodoCreated", "TodoUpdated", "TodoDeleted" })
        {
            bobHub.On<JsonElement>(message, payload => bobReceived.Enqueue($"{message} {payload}"));
        }
        await StartAsync(aliceHub, "alice");
        await StartAsync(bobHub, "bob");
        // The server registers a connection just after the handshake that StartAsync waits for.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var client = app.ClientFor(alice);

        var item = await Responses.JsonAsync(await client.PostAsJsonAsync("/api/todos", new { title = "Watch me" }), 201, "POST /api/todos");
        var id = item.GetProperty("id").GetInt32();
        ExpectItem(await WithinFiveSecondsAsync(created, "TodoCreated message after POST /api/todos"), id, "Watch me", false, "TodoCreated");

        await Responses.JsonAsync(await client.PutAsJsonAsync($"/api/todos/{id}", new { title = "Watched", isDone = true }), 200, "PUT /api/todos/{id}");
        ExpectItem(await WithinFiveSecondsAsync(updated, "TodoUpdated message after PUT /api/todos/{id}"), id, "Watched", true, "TodoUpdated");

        var gone = await client.DeleteAsync($"/api/todos/{id}");
        Check.That(gone.StatusCode == HttpStatusCode.NoContent, $"DELETE /api/todos/{id} answered {await Responses.DescribeAsync(gone)}; expected 204.");
        var deletedId = await WithinFiveSecondsAsync(deleted, "TodoDeleted message after DELETE /api/todos/{id}");
        Check.That(
            deletedId.ValueKind == JsonValueKind.Number && deletedId.GetInt32() == id,
            $"TodoDeleted carried {deletedId}; expected the deleted item's id, {id}.");

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Check.That(
            bobReceived.IsEmpty,
            $"Another user's connection received alice's changes: {string.Join("; ", bobReceived)}. Send to " +
            "Clients.User(ownerId), and tell SignalR that a user's id is the token's \"sub\" claim (IUserIdProvider).");
    }
}
