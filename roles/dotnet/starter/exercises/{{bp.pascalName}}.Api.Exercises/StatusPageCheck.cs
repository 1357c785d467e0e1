using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "blazor-status-page": a server-rendered Razor component page, and a unit test of its component.</summary>
public class StatusPageCheck
{
    private static void ExpectCount(string html, string id, int expected, string where)
    {
        var match = Regex.Match(html, $@"id=""{id}""[^>]*>\s*([^<]*?)\s*<");
        Check.That(
            match.Success && match.Groups[1].Value == expected.ToString(),
            $"{where}: expected an element with id=\"{id}\" holding {expected}, found " +
            $"{(match.Success ? $"\"{match.Groups[1].Value}\"" : "none")} in:\n{html}");
    }

    [Fact]
    public async Task ServesTheStatusPageWithoutAToken()
    {
        using var app = new ExerciseApp();
        var alice = app.ClientFor(ExerciseApp.NewUser("alice"));
        await alice.PostAsJsonAsync("/api/todos", new { title = "Open 1" });
        await alice.PostAsJsonAsync("/api/todos", new { title = "Open 2" });
        await alice.PostAsJsonAsync("/api/todos", new { title = "Done", isDone = true });
        await app.ClientFor(ExerciseApp.NewUser("bob")).PostAsJsonAsync("/api/todos", new { title = "Open 3" });

        var response = await app.CreateClient().GetAsync("/status");

        Check.That(
            response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html",
            $"GET /status answered {await Responses.DescribeAsync(response)}; expected 200 with an HTML page (a Razor " +
            "component with @page \"/status\", served by app.MapRazorComponents<App>()).");
        var html = await response.Content.ReadAsStringAsync();
        Check.That(
            Regex.IsMatch(html, @"<title>\s*Status\s*</title>"),
            $"GET /status has no <title>Status</title> (<PageTitle> in the page, <HeadOutlet /> in App.razor):\n{html}");
        ExpectCount(html, "open-count", 3, "GET /status (3 open items of all users)");
        ExpectCount(html, "done-count", 1, "GET /status (1 done item)");
    }

    [Fact]
    public async Task RendersTodoStatsFromItsParameters()
    {
        const string componentName = "{{bp.pascalName}}.Api.Components.TodoStats";
        var component = typeof(Program).Assembly.GetType(componentName);
        Check.That(
            component is not null,
            $"There is no component {componentName}: write src/{{bp.pascalName}}.Api/Components/TodoStats.razor.");

        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var parameters = new Dictionary<string, object?> { ["Open"] = 7, ["Done"] = 5 };
        string html;
        try
        {
            html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync(component!, ParameterView.FromDictionary(parameters));
                return output.ToHtmlString();
            });
        }
        catch (InvalidOperationException error)
        {
            throw Check.Failed($"TodoStats could not be rendered with the int parameters Open and Done: {error.Message}");
        }

        ExpectCount(html, "open-count", 7, "TodoStats with Open=7");
        ExpectCount(html, "done-count", 5, "TodoStats with Done=5");
    }

    [Fact]
    public async Task RunsYourComponentTest()
    {
        await LearnerTests.RunAsync("TodoStatsTests", "the TodoStats component, rendered with HtmlRenderer");
    }
}
