using System.Net.Http.Json;
using System.Text.Json;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "due-dates-and-filters": an optional due date on every item, and filters on the list.</summary>
public class DueDatesCheck
{
    private static void ExpectDueDate(JsonElement item, string? expected, string request)
    {
        Check.That(
            item.TryGetProperty("dueDate", out var dueDate),
            $"{request} answered an item without a dueDate field: {item}. Add DueDate (a DateOnly?) to TodoItem, " +
            "TodoRequest and TodoResponse.");
        var actual = dueDate.ValueKind == JsonValueKind.Null ? null : dueDate.ToString();
        Check.That(
            actual == expected,
            $"{request} answered dueDate {dueDate}; expected {(expected is null ? "null" : $"\"{expected}\"")}.");
    }

    private static async Task<int> CreateAsync(HttpClient client, string title, bool isDone, string? dueDate)
    {
        var created = await Responses.JsonAsync(
            await client.PostAsJsonAsync("/api/todos", new { title, isDone, dueDate }), 201, "POST /api/todos");
        return created.GetProperty("id").GetInt32();
    }

    private static async Task ExpectTitlesAsync(HttpClient client, string query, params string[] expected)
    {
        var request = $"GET /api/todos{query}";
        var titles = Responses.Titles(await Responses.JsonAsync(await client.GetAsync($"/api/todos{query}"), 200, request), request);
        Check.That(
            titles.SequenceEqual(expected),
            $"{request} answered [{string.Join(", ", titles)}]; expected [{string.Join(", ", expected)}].");
    }

    [Fact]
    public async Task StoresAnOptionalDueDate()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("due"));

        var response = await client.PostAsJsonAsync("/api/todos", new { title = "File the tax return", dueDate = "2030-01-31" });
        var created = await Responses.JsonAsync(response, 201, "POST /api/todos with a dueDate");
        ExpectDueDate(created, "2030-01-31", "POST /api/todos with a dueDate");

        var fetched = await Responses.JsonAsync(await client.GetAsync(response.Headers.Location), 200, "GET /api/todos/{id}");
        ExpectDueDate(fetched, "2030-01-31", "GET /api/todos/{id} after creating it with a dueDate");

        var undated = await Responses.JsonAsync(
            await client.PostAsJsonAsync("/api/todos", new { title = "Someday" }), 201, "POST /api/todos without a dueDate");
        ExpectDueDate(undated, null, "POST /api/todos without a dueDate");
    }

    [Fact]
    public async Task ChangesAndClearsTheDueDateWithPut()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("due"));
        var id = await CreateAsync(client, "Book the venue", isDone: false, dueDate: null);

        var moved = await client.PutAsJsonAsync($"/api/todos/{id}", new { title = "Book the venue", isDone = false, dueDate = "2030-02-15" });
        ExpectDueDate(await Responses.JsonAsync(moved, 200, "PUT /api/todos/{id} with a dueDate"), "2030-02-15", "PUT /api/todos/{id} with a dueDate");

        var cleared = await client.PutAsJsonAsync($"/api/todos/{id}", new { title = "Book the venue", isDone = false });
        ExpectDueDate(
            await Responses.JsonAsync(cleared, 200, "PUT /api/todos/{id} without a dueDate"),
            null,
            "PUT /api/todos/{id} without a dueDate (PUT replaces the item, so the due date goes)");
    }

    [Fact]
    public async Task FiltersByStatusAndDueDate()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("due"));
        await CreateAsync(client, "Done in January", isDone: true, dueDate: "2030-01-10");
        await CreateAsync(client, "Open in March", isDone: false, dueDate: "2030-03-01");
        await CreateAsync(client, "Open, no date", isDone: false, dueDate: null);
        // Another user's items never show.
        await CreateAsync(app.ClientFor(ExerciseApp.NewUser("other")), "Someone else's", isDone: false, dueDate: "2030-01-01");

        await ExpectTitlesAsync(client, "", "Done in January", "Open in March", "Open, no date");
        await ExpectTitlesAsync(client, "?isDone=false", "Open in March", "Open, no date");
        await ExpectTitlesAsync(client, "?isDone=true", "Done in January");
        await ExpectTitlesAsync(client, "?dueBefore=2030-02-01", "Done in January");
        await ExpectTitlesAsync(client, "?dueBefore=2030-01-10");
        await ExpectTitlesAsync(client, "?isDone=false&dueBefore=2030-04-01", "Open in March");
    }
}
