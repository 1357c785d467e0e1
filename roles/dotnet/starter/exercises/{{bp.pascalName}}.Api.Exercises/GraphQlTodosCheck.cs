using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "graphql-todos": the caller's items over GraphQL at POST /graphql (Hot Chocolate), behind the same JWT.</summary>
public class GraphQlTodosCheck
{
    private const string TodosQuery = "query { todos { id title isDone } }";
    private const string AddTodoMutation = "mutation AddTodo($title: String!) { addTodo(title: $title) { id title isDone } }";

    private sealed record GraphQlResponse(HttpStatusCode Status, JsonElement? Body, string Text);

    /// <summary>"200 OK {body}", for a failure message.</summary>
    private static string Describe(GraphQlResponse response)
    {
        var text = response.Text.Length > 400 ? $"{response.Text[..400]}…" : response.Text;
        return $"{(int)response.Status} {response.Status} {text}".TrimEnd();
    }

    /// <summary>Posts a GraphQL request as JSON, accepting what the GraphQL over HTTP specification lets a server answer.</summary>
    private static async Task<GraphQlResponse> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Check.That(
            response.StatusCode != HttpStatusCode.NotFound,
            "POST /graphql answered 404: register the server (AddGraphQLServer()) and map its endpoint (app.MapGraphQL()).");
        JsonElement? body = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
        }
        return new GraphQlResponse(response.StatusCode, body, text);
    }

    private static JsonElement[] ErrorsOf(GraphQlResponse response) =>
        response.Body is JsonElement body && body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty("errors", out var errors)
        && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().ToArray()
            : [];

    private static string CodeOf(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty("extensions", out var extensions)
        && extensions.ValueKind == JsonValueKind.Object
        && extensions.TryGetProperty("code", out var code)
        && code.ValueKind == JsonValueKind.String
            ? code.GetString() ?? ""
            : "";

    /// <summary>data.{field} when it is there and not null.</summary>
    private static JsonElement? FieldOf(GraphQlResponse response, string field) =>
        response.Body is JsonElement body && body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty("data", out var data)
        && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(field, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>data.{field} of a response without errors; fails otherwise.</summary>
    private static async Task<JsonElement> DataAsync(HttpClient client, string query, object? variables, string field, string what)
    {
        var response = await PostAsync(client, query, variables);
        var errors = ErrorsOf(response);
        Check.That(errors.Length == 0, $"{what} answered errors: {string.Join(", ", errors)}; expected data.{field}.");
        Check.That(
            response.Status == HttpStatusCode.OK,
            $"{what} answered {Describe(response)}; expected 200 with a GraphQL response: {{ \"data\": {{ \"{field}\": … }} }}.");
        return FieldOf(response, field)
            ?? throw Check.Failed($"{what} answered {Describe(response)}; expected 200 with a GraphQL response: {{ \"data\": {{ \"{field}\": … }} }}.");
    }

    /// <summary>Refused for want of a signed-in user: 401 (or 403), or Hot Chocolate's authorization error, never the data.</summary>
    private static async Task ExpectRefusedAsync(HttpClient client, string query, object? variables, string field, string what)
    {
        var response = await PostAsync(client, query, variables);
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return;
        }
        Check.That(
            FieldOf(response, field) is null,
            $"{what} without a token answered data.{field}: {Describe(response)}. Only a signed-in user may read or add items.");
        Check.That(
            ErrorsOf(response).Any(error => CodeOf(error).StartsWith("AUTH_", StringComparison.Ordinal)),
            $"{what} without a token answered {Describe(response)}; expected 401, or an error whose extensions.code is AUTH_NOT_AUTHENTICATED " +
            "([Authorize] from HotChocolate.Authorization, with AddAuthorization() on the GraphQL server).");
    }

    private static void ExpectItem(JsonElement item, int? id, string title, bool isDone, string what)
    {
        var ok = item.ValueKind == JsonValueKind.Object
            && item.TryGetProperty("id", out var actualId) && actualId.ValueKind == JsonValueKind.Number
            && actualId.TryGetInt32(out var number) && number > 0 && (id is null || number == id)
            && item.TryGetProperty("title", out var actualTitle) && actualTitle.GetString() == title
            && item.TryGetProperty("isDone", out var actualDone) && actualDone.ValueKind == (isDone ? JsonValueKind.True : JsonValueKind.False);
        Check.That(
            ok,
            $"{what} gave {item}; expected {{ \"id\": {(id is null ? "<its id, an Int>" : id.ToString())}, \"title\": \"{title}\", " +
            $"\"isDone\": {isDone.ToString().ToLowerInvariant()} }}.");
    }

    [Fact]
    public async Task RefusesCallersWithoutAToken()
    {
        using var app = new ExerciseApp();
        var anonymous = app.CreateClient();

        await ExpectRefusedAsync(anonymous, TodosQuery, null, "todos", "The query todos");
        await ExpectRefusedAsync(anonymous, AddTodoMutation, new { title = "Anonymous" }, "addTodo", "The mutation addTodo");
    }

    [Fact]
    public async Task SharesTheCallersItemsWithTheHttpApi()
    {
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("alice"));
        var overRest = await Responses.JsonAsync(
            await client.PostAsJsonAsync("/api/todos", new { title = "Over REST" }), 201, "POST /api/todos");
        var restId = overRest.GetProperty("id").GetInt32();

        var added = await DataAsync(client, AddTodoMutation, new { title = "Over GraphQL" }, "addTodo", "addTodo(title: \"Over GraphQL\")");
        ExpectItem(added, null, "Over GraphQL", false, "addTodo(title: \"Over GraphQL\")");
        var addedId = added.GetProperty("id").GetInt32();

        var completed = await client.PutAsJsonAsync($"/api/todos/{restId}", new { title = "Over REST", isDone = true });
        Check.That(completed.IsSuccessStatusCode, $"PUT /api/todos/{restId} answered {await Responses.DescribeAsync(completed)}.");

        var listed = await DataAsync(client, TodosQuery, null, "todos", "The query { todos { id title isDone } }");
        Check.That(
            listed.ValueKind == JsonValueKind.Array && listed.GetArrayLength() == 2,
            $"The query todos gave {listed}; expected a list of the caller's two items, oldest first.");
        ExpectItem(listed[0], restId, "Over REST", true, "The first item of todos (created over REST, then completed)");
        ExpectItem(listed[1], addedId, "Over GraphQL", false, "The second item of todos (added over GraphQL)");

        var overHttp = Responses.Titles(await Responses.JsonAsync(await client.GetAsync("/api/todos"), 200, "GET /api/todos"), "GET /api/todos");
        Check.That(
            overHttp.Contains("Over GraphQL"),
            $"GET /api/todos answered [{string.Join(", ", overHttp)}]: the item added over GraphQL belongs in the same table.");

        var others = await DataAsync(
            app.ClientFor(ExerciseApp.NewUser("bob")), TodosQuery, null, "todos", "The query todos as another user");
        Check.That(
            others.ValueKind == JsonValueKind.Array && others.GetArrayLength() == 0,
            $"The query todos as another user gave {others}; expected [] (nobody sees someone else's items).");
    }

    [Theory]
    [InlineData("blank")]
    [InlineData("too long")]
    public async Task RejectsAnInvalidTitle(string kind)
    {
        var title = kind == "blank" ? "   " : new string('x', 201);
        using var app = new ExerciseApp();
        var client = app.ClientFor(ExerciseApp.NewUser("alice"));

        var response = await PostAsync(client, AddTodoMutation, new { title });
        Check.That(
            ErrorsOf(response).Length > 0 && FieldOf(response, "addTodo") is null,
            $"addTodo with a {kind} title ({title.Length} characters) answered {Describe(response)}; expected an error in \"errors\" and no item.");
        var titles = Responses.Titles(await Responses.JsonAsync(await client.GetAsync("/api/todos"), 200, "GET /api/todos"), "GET /api/todos");
        Check.That(titles.Length == 0, $"After addTodo with a {kind} title, GET /api/todos answered [{string.Join(", ", titles)}]; expected no items.");
    }
}
