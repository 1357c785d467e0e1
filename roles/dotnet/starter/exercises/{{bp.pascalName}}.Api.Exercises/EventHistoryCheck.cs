using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "event-sourced-history": every change stored as an event, versions as ETags, If-Match honoured.</summary>
public class EventHistoryCheck
{
    private sealed record Step(string Type, string? Title);

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }

    private static async Task ExpectVersionAsync(HttpResponseMessage response, int status, int version, string request)
    {
        await Responses.JsonAsync(response, status, request);
        var etag = response.Headers.ETag?.Tag;
        Check.That(
            etag == $"\"{version}\"" && response.Headers.ETag?.IsWeak == false,
            $"{request} answered the ETag {etag ?? "(none)"}; expected \"{version}\", the version of the item's last event.");
    }

    private static async Task ExpectHistoryAsync(HttpClient client, int id, params Step[] expected)
    {
        var request = $"GET /api/todos/{id}/history";
        var history = await Responses.JsonAsync(await client.GetAsync($"/api/todos/{id}/history"), 200, request);
        Check.That(history.ValueKind == JsonValueKind.Array, $"{request} answered {history}; expected a JSON array of events.");
        var events = history.EnumerateArray().ToList();
        var described = string.Join(", ", events.Select(e => e.TryGetProperty("type", out var type) ? type.ToString() : "?"));
        Check.That(
            events.Count == expected.Length,
            $"{request} answered the events [{described}]; expected [{string.Join(", ", expected.Select(step => step.Type))}].");
        for (var i = 0; i < expected.Length; i++)
        {
            var entry = events[i];
            var version = entry.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;
            var type = entry.TryGetProperty("type", out var t) ? t.GetString() : null;
            var occurredAt = entry.TryGetProperty("occurredAt", out var o) && o.ValueKind == JsonValueKind.String && o.TryGetDateTimeOffset(out _);
            Check.That(
                version == i + 1 && type == expected[i].Type && occurredAt,
                $"{request}: event {i + 1} is {entry}; expected version {i + 1}, type \"{expected[i].Type}\" and an occurredAt timestamp.");
            if (expected[i].Title is { } title)
            {
                var data = entry.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("title", out var dt)
                    ? dt.GetString()
                    : null;
                Check.That(data == title, $"{request}: the data of {expected[i].Type} is {entry}; expected {{ \"title\": \"{title}\" }}.");
            }
        }
    }

    [Fact]
    public async Task RecordsEveryChangeAsAnEvent()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("alice"));

        var created = await client.PostAsJsonAsync("/api/todos", new { title = "Draft" });
        await ExpectVersionAsync(created, 201, 1, "POST /api/todos");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var path = $"/api/todos/{id}";

        await ExpectVersionAsync(await client.PutAsJsonAsync(path, new { title = "Final", isDone = false }), 200, 2, "PUT (a new title)");
        await ExpectVersionAsync(await client.PutAsJsonAsync(path, new { title = "Final", isDone = true }), 200, 3, "PUT (done)");
        await ExpectVersionAsync(await client.PutAsJsonAsync(path, new { title = "Final", isDone = true }), 200, 3, "PUT (no change: no event)");
        await ExpectVersionAsync(await client.GetAsync(path), 200, 3, $"GET {path}");
        await ExpectVersionAsync(await client.PutAsJsonAsync(path, new { title = "Final, again", isDone = false }), 200, 5, "PUT (a new title, and open again)");

        await ExpectHistoryAsync(
            client,
            id,
            new Step("TodoCreated", "Draft"),
            new Step("TodoRenamed", "Final"),
            new Step("TodoCompleted", null),
            new Step("TodoRenamed", "Final, again"),
            new Step("TodoReopened", null));
    }

    [Fact]
    public async Task KeepsTheHistoryOfADeletedItem()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("alice"));
        var created = await Responses.JsonAsync(await client.PostAsJsonAsync("/api/todos", new { title = "Short-lived" }), 201, "POST /api/todos");
        var id = created.GetProperty("id").GetInt32();

        var deleted = await client.DeleteAsync($"/api/todos/{id}");
        Check.That(deleted.StatusCode == HttpStatusCode.NoContent, $"DELETE /api/todos/{id} answered {await Responses.DescribeAsync(deleted)}; expected 204.");
        var fetched = await client.GetAsync($"/api/todos/{id}");
        Check.That(fetched.StatusCode == HttpStatusCode.NotFound, $"GET /api/todos/{id} after DELETE answered {await Responses.DescribeAsync(fetched)}; expected 404.");

        await ExpectHistoryAsync(client, id, new Step("TodoCreated", "Short-lived"), new Step("TodoDeleted", null));
        var other = await app.ClientFor(ExerciseApp.NewUser("bob")).GetAsync($"/api/todos/{id}/history");
        Check.That(
            other.StatusCode == HttpStatusCode.NotFound,
            $"Another user's GET /api/todos/{id}/history answered {await Responses.DescribeAsync(other)}; expected 404, as for the item.");
    }

    [Fact]
    public async Task RefusesChangesToAnOlderVersion()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("alice"));
        var created = await Responses.JsonAsync(await client.PostAsJsonAsync("/api/todos", new { title = "Shared" }), 201, "POST /api/todos");
        var path = $"/api/todos/{created.GetProperty("id").GetInt32()}";
        await client.PutAsJsonAsync(path, new { title = "Changed by someone else", isDone = false });

        var stale = await SendAsync(client, HttpMethod.Put, path, new { title = "Mine", isDone = true }, ifMatch: "\"1\"");
        Check.That(
            stale.StatusCode == HttpStatusCode.PreconditionFailed,
            $"PUT {path} with If-Match: \"1\" after the item reached version 2 answered {await Responses.DescribeAsync(stale)}; expected 412.");
        var staleDelete = await SendAsync(client, HttpMethod.Delete, path, ifMatch: "\"1\"");
        Check.That(
            staleDelete.StatusCode == HttpStatusCode.PreconditionFailed,
            $"DELETE {path} with If-Match: \"1\" answered {await Responses.DescribeAsync(staleDelete)}; expected 412.");
        await ExpectVersionAsync(await client.GetAsync(path), 200, 2, $"GET {path} after the refused changes");

        var current = await SendAsync(client, HttpMethod.Put, path, new { title = "Mine", isDone = false }, ifMatch: "\"2\"");
        await ExpectVersionAsync(current, 200, 3, $"PUT {path} with If-Match: \"2\"");
        var gone = await SendAsync(client, HttpMethod.Delete, path, ifMatch: "\"3\"");
        Check.That(gone.StatusCode == HttpStatusCode.NoContent, $"DELETE {path} with If-Match: \"3\" answered {await Responses.DescribeAsync(gone)}; expected 204.");
    }
}
