// Reference solution of dotnet/blazor-status-page: Razor components rendered on the server (static SSR): the App
// document, a router, the TodoStats component and the /status page; and TodoStatsTests rendering the component with
// HtmlRenderer in the starter's own tests.
const cs = String.raw;

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  const components = `${api}/Components`;
  return [
    {
      file: `${components}/_Imports.razor`,
      content: `@using Microsoft.AspNetCore.Components.Routing
@using Microsoft.AspNetCore.Components.Web
@using ${pascalName}.Api.Components
`,
    },
    {
      file: `${components}/App.razor`,
      content: `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <HeadOutlet />
</head>
<body>
    <Routes />
</body>
</html>
`,
    },
    {
      file: `${components}/Routes.razor`,
      content: `<Router AppAssembly="typeof(Program).Assembly">
    <Found Context="routeData">
        <RouteView RouteData="routeData" />
    </Found>
</Router>
`,
    },
    {
      file: `${components}/TodoStats.razor`,
      content: `@* The numbers of open and done items, each in an element that tests and stylesheets can find by id. *@
<dl class="todo-stats">
    <dt>Open</dt>
    <dd id="open-count">@Open</dd>
    <dt>Done</dt>
    <dd id="done-count">@Done</dd>
</dl>

@code {
    [Parameter]
    public int Open { get; set; }

    [Parameter]
    public int Done { get; set; }
}
`,
    },
    {
      file: `${components}/Pages/Status.razor`,
      content: `@page "/status"
@using Microsoft.EntityFrameworkCore
@using ${pascalName}.Api.Data
@inject AppDbContext Db

<PageTitle>Status</PageTitle>

<h1>Status</h1>
<p>The to-do items of all users.</p>
<TodoStats Open="@open" Done="@done" />

@code {
    private int open;
    private int done;

    protected override async Task OnInitializedAsync()
    {
        open = await Db.Todos.CountAsync(todo => !todo.IsDone);
        done = await Db.Todos.CountAsync(todo => todo.IsDone);
    }
}
`,
    },
    {
      file: `tests/${pascalName}.Api.Tests/TodoStatsTests.cs`,
      content: cs`using ${pascalName}.Api.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ${pascalName}.Api.Tests;

/// <summary>The TodoStats component rendered to HTML on its own: no web host, no database.</summary>
public class TodoStatsTests
{
    private static async Task<string> RenderAsync(int open, int done)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(TodoStats.Open)] = open,
                [nameof(TodoStats.Done)] = done,
            });
            var output = await renderer.RenderComponentAsync<TodoStats>(parameters);
            return output.ToHtmlString();
        });
    }

    [Fact]
    public async Task ShowsBothCounts()
    {
        var html = await RenderAsync(open: 4, done: 2);

        Assert.Contains("<dd id=\"open-count\">4</dd>", html);
        Assert.Contains("<dd id=\"done-count\">2</dd>", html);
    }

    [Fact]
    public async Task ShowsZeroWhenThereIsNothing()
    {
        var html = await RenderAsync(open: 0, done: 0);

        Assert.Contains("<dd id=\"open-count\">0</dd>", html);
        Assert.Contains("<dd id=\"done-count\">0</dd>", html);
    }
}
`,
    },
    {
      file: `${api}/Program.cs`,
      replace: `using ${pascalName}.Api.Auth;\n`,
      with: `using ${pascalName}.Api.Auth;\nusing ${pascalName}.Api.Components;\n`,
    },
    {
      file: `${api}/Program.cs`,
      replace: '\nvar app = builder.Build();\n',
      with: 'builder.Services.AddRazorComponents();\n\nvar app = builder.Build();\n',
    },
    { file: `${api}/Program.cs`, replace: 'app.UseAuthorization();\n', with: 'app.UseAuthorization();\napp.UseAntiforgery();\n' },
    {
      file: `${api}/Program.cs`,
      replace: 'app.MapAdminEndpoints();\n',
      with: 'app.MapAdminEndpoints();\n// Static server-side rendering: /status, an HTML page, without JavaScript.\napp.MapRazorComponents<App>();\n',
    },
  ];
};
