using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "admin-role-policy": roles in the token, an Admin policy and an admin-only route group.</summary>
public class AdminPolicyCheck
{
    /// <summary>The demo user of appsettings, made an admin the way the README says: DemoUser:Roles.</summary>
    private static readonly Dictionary<string, string?> AdminDemoUser = new() { ["DemoUser:Roles:0"] = "admin" };

    private static async Task<string> SignInAsDemoAsync(ExerciseApp app)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "demo", password = "demo-password" });
        var token = await Responses.JsonAsync(response, 200, "POST /api/auth/token");
        return token.GetProperty("accessToken").GetString() ?? "";
    }

    private static async Task ExpectStatusAsync(HttpClient client, HttpStatusCode expected, string who)
    {
        var response = await client.GetAsync("/api/admin/todos");
        var hint = response.StatusCode == HttpStatusCode.NotFound ? " Map the route group /api/admin with GET /todos." : "";
        Check.That(
            response.StatusCode == expected,
            $"GET /api/admin/todos {who} answered {await Responses.DescribeAsync(response)}; expected {(int)expected} {expected}.{hint}");
    }

    [Fact]
    public async Task PutsTheDemoUsersRolesIntoTheToken()
    {
        using var app = new ExerciseApp(settings: AdminDemoUser);

        var roles = new JsonWebToken(await SignInAsDemoAsync(app)).Claims
            .Where(claim => claim.Type == "role")
            .Select(claim => claim.Value)
            .ToArray();

        Check.That(
            roles.Contains("admin"),
            $"With DemoUser:Roles = [\"admin\"], the token from POST /api/auth/token has the role claims [{string.Join(", ", roles)}]; " +
            "expected a \"role\" claim \"admin\" (TokenService adds one per role).");
    }

    [Fact]
    public async Task LetsAnAdminListEveryonesItems()
    {
        using var app = new ExerciseApp(settings: AdminDemoUser);
        var alice = ExerciseApp.NewUser("alice");
        var bob = ExerciseApp.NewUser("bob");
        await app.ClientFor(alice).PostAsJsonAsync("/api/todos", new { title = "Alice's item" });
        await app.ClientFor(bob).PostAsJsonAsync("/api/todos", new { title = "Bob's item", isDone = true });
        var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsDemoAsync(app));

        await ExpectStatusAsync(admin, HttpStatusCode.OK, "as the demo user with the admin role");
        var items = await Responses.JsonAsync(await admin.GetAsync("/api/admin/todos"), 200, "GET /api/admin/todos");

        Check.That(items.ValueKind == JsonValueKind.Array, $"GET /api/admin/todos answered {items}; expected a JSON array.");
        foreach (var (owner, title, isDone) in new[] { (alice, "Alice's item", false), (bob, "Bob's item", true) })
        {
            var found = items.EnumerateArray().Any(item =>
                item.TryGetProperty("ownerId", out var ownerId) && ownerId.GetString() == owner
                && item.TryGetProperty("title", out var itemTitle) && itemTitle.GetString() == title
                && item.TryGetProperty("isDone", out var done) && done.ValueKind == (isDone ? JsonValueKind.True : JsonValueKind.False)
                && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number);
            Check.That(
                found,
                $"GET /api/admin/todos answered {items}; expected every user's items with id, ownerId, title and isDone, " +
                $"including {{ \"ownerId\": \"{owner}\", \"title\": \"{title}\", \"isDone\": {(isDone ? "true" : "false")} }}.");
        }
    }

    [Fact]
    public async Task AcceptsAnyValidTokenWithTheAdminRole()
    {
        using var app = new ExerciseApp();

        await ExpectStatusAsync(app.ClientFor(ExerciseApp.NewUser("root"), "admin"), HttpStatusCode.OK, "with a token whose role claim is \"admin\"");
    }

    [Fact]
    public async Task RefusesEveryoneElse()
    {
        using var app = new ExerciseApp();

        await ExpectStatusAsync(app.CreateClient(), HttpStatusCode.Unauthorized, "without a token");
        await ExpectStatusAsync(app.ClientFor(ExerciseApp.NewUser("user")), HttpStatusCode.Forbidden, "with a token without roles");
        await ExpectStatusAsync(app.ClientFor(ExerciseApp.NewUser("user"), "user"), HttpStatusCode.Forbidden, "with a token whose role is \"user\"");
    }
}
