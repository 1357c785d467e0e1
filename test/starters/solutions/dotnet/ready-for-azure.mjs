// Reference solution of dotnet/ready-for-azure: liveness and readiness probes (the database check), forwarded
// headers first in the pipeline, and HTTPS redirection outside Development except for the probes.
export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/${pascalName}.Api.csproj`,
      replace: '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.34" />\n',
      with:
        '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.34" />\n' +
        '    <PackageReference Include="Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore" Version="8.0.34" />\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: 'using Microsoft.EntityFrameworkCore;\n',
      with: 'using Microsoft.AspNetCore.Diagnostics.HealthChecks;\nusing Microsoft.AspNetCore.HttpOverrides;\nusing Microsoft.EntityFrameworkCore;\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: `
var app = builder.Build();

// Unhandled exceptions and bodiless error responses (401, 404) become RFC 9457 problem details.
app.UseExceptionHandler();
app.UseStatusCodePages();
`,
      with: `// Azure's front ends end TLS and forward plain HTTP, from addresses that are not fixed: trust any proxy.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.KnownNetworks.Clear();
    options.KnownProxies.Clear();
});
// The app listens for HTTP only: the public HTTPS port is the front end's.
builder.Services.AddHttpsRedirection(options => options.HttpsPort = 443);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: new[] { "ready" });

var app = builder.Build();

// First, so that everything after it sees the client's scheme and address instead of the front end's.
app.UseForwardedHeaders();
// Unhandled exceptions and bodiless error responses (401, 404) become RFC 9457 problem details.
app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
{
    // Probes call the container directly over HTTP: a redirect would fail them.
    app.UseWhen(
        context => !context.Request.Path.StartsWithSegments("/healthz"),
        branch => branch.UseHttpsRedirection());
}
`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'app.MapAuthEndpoints();\n',
      with: `// Liveness runs no checks (restarting cannot bring the database back); readiness asks the database.
app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapAuthEndpoints();
`,
    },
  ];
};
