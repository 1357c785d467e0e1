using System.Net.Http.Json;
using System.Text.Json;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "page-the-list": paging done by the database, and every query awaited with the request's token.</summary>
public class PagingCheck
{
    private static async Task CreateItemsAsync(HttpClient client, string prefix, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Responses.JsonAsync(await client.PostAsJsonAsync("/api/todos", new { title = $"{prefix} {i}" }), 201, "POST /api/todos");
        }
    }

    /// <summary>The titles on a page, and its X-Total-Count header (null without one).</summary>
    private static async Task<(string[], string?)> GetPageAsync(HttpClient client, string query)
    {
        var request = $"GET /api/todos{query}";
        var response = await client.GetAsync($"/api/todos{query}");
        var titles = Responses.Titles(await Responses.JsonAsync(response, 200, request), request);
        var total = response.Headers.TryGetValues("X-Total-Count", out var values) ? string.Join(",", values) : null;
        return (titles, total);
    }

    private static async Task ExpectPageAsync(HttpClient client, string query, string total, params string[] titles)
    {
        var (actualTitles, actualTotal) = await GetPageAsync(client, query);
        Check.That(
            actualTitles.SequenceEqual(titles),
            $"GET /api/todos{query} answered [{string.Join(", ", actualTitles)}]; expected [{string.Join(", ", titles)}].");
        Check.That(
            actualTotal == total,
            $"GET /api/todos{query} answered X-Total-Count: {actualTotal ?? "(no header)"}; expected {total}, the number of " +
            "the caller's items on all pages.");
    }

    [Fact]
    public async Task PagesTheCallersItems()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("pages"));
        await CreateItemsAsync(client, "Item", 5);
        await CreateItemsAsync(app.ClientFor(ExerciseApp.NewUser("other")), "Not mine", 3);

        await ExpectPageAsync(client, "?page=2&pageSize=2", "5", "Item 3", "Item 4");
        await ExpectPageAsync(client, "?page=3&pageSize=2", "5", "Item 5");
        await ExpectPageAsync(client, "?page=4&pageSize=2", "5");
        await ExpectPageAsync(client, "", "5", "Item 1", "Item 2", "Item 3", "Item 4", "Item 5");
    }

    [Fact]
    public async Task DefaultsToPagesOfTwenty()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("pages"));
        await CreateItemsAsync(client, "Item", 21);

        var (firstPage, _) = await GetPageAsync(client, "");
        Check.That(firstPage.Length == 20, $"GET /api/todos answered {firstPage.Length} of 21 items; the default page size is 20.");
        await ExpectPageAsync(client, "?page=2", "21", "Item 21");
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task RejectsPagesOutOfRange(string query, string field)
    {
        using var app = new ExerciseApp();
        var response = await app.ClientFor(ExerciseApp.NewUser("pages")).GetAsync($"/api/todos{query}");

        var problem = await Responses.JsonAsync(response, 400, $"GET /api/todos{query}");
        Check.That(
            problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty(field, out _),
            $"GET /api/todos{query} answered {problem}; expected a validation problem whose errors name \"{field}\".");
    }

    [Fact]
    public async Task LetsTheDatabaseDoThePaging()
    {
        var recorder = new CommandRecorder();
        using var app = new ExerciseApp(interceptors: [recorder]);
        var client = app.ClientFor(ExerciseApp.NewUser("pages"));
        await CreateItemsAsync(client, "Item", 3);

        recorder.Start();
        await GetPageAsync(client, "?page=2&pageSize=2");

        var queries = recorder.Commands.Where(command => command.Sql.Contains("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        Check.That(
            queries.Any(query => query.Sql.Contains("LIMIT", StringComparison.OrdinalIgnoreCase)),
            "GET /api/todos?page=2&pageSize=2 ran no SQL with LIMIT, so it loaded every item and paged in memory. " +
            "Use Skip and Take on the IQueryable, before ToListAsync. It ran:\n" + string.Join("\n", queries.Select(query => query.Sql)));
    }

    [Fact]
    public async Task AwaitsEveryQueryWithTheRequestsToken()
    {
        var recorder = new CommandRecorder();
        using var app = new ExerciseApp(interceptors: [recorder]);
        var client = app.ClientFor(ExerciseApp.NewUser("pages"));

        recorder.Start();
        var created = await Responses.JsonAsync(await client.PostAsJsonAsync("/api/todos", new { title = "Draft" }), 201, "POST /api/todos");
        var id = created.GetProperty("id").GetInt32();
        await client.GetAsync("/api/todos?page=1&pageSize=10");
        await client.GetAsync($"/api/todos/{id}");
        await client.PutAsJsonAsync($"/api/todos/{id}", new { title = "Final", isDone = true });
        await client.DeleteAsync($"/api/todos/{id}");

        var blocking = recorder.Commands.Where(command => !command.Async).ToList();
        Check.That(
            blocking.Count == 0,
            "These SQL commands ran synchronously, blocking a thread while the database works (ToList, SaveChanges, " +
            "Count… instead of their Async versions):\n" + string.Join("\n", blocking.Select(command => command.Sql)));
        var uncancellable = recorder.Commands.Where(command => !command.Cancellable).ToList();
        Check.That(
            uncancellable.Count == 0,
            "These SQL commands ran without the request's CancellationToken, so they go on when the client has gone " +
            "(pass the endpoint's cancellationToken to every ...Async call):\n" + string.Join("\n", uncancellable.Select(command => command.Sql)));
    }
}
