using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>Exercise "ready-for-azure": health probes, and HTTPS behind a front end that ends TLS.</summary>
public class AzureHostingCheck
{
    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string body, string request)
    {
        var text = await response.Content.ReadAsStringAsync();
        var hint = response.StatusCode == HttpStatusCode.NotFound ? " Map it with app.MapHealthChecks." : "";
        Check.That(
            response.StatusCode == status && text == body,
            $"{request} answered {await Responses.DescribeAsync(response)}; expected {(int)status} {status} \"{body}\".{hint}");
    }

    private static HttpClient NotFollowingRedirects(ExerciseApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task AnswersTheLivenessProbeWithoutAToken()
    {
        using var app = new ExerciseApp();

        await ExpectAsync(await app.CreateClient().GetAsync("/healthz/live"), HttpStatusCode.OK, "Healthy", "GET /healthz/live");
    }

    [Fact]
    public async Task IsReadyOnlyWhileTheDatabaseIsThere()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bp-ready-{Guid.NewGuid():N}.db");
        using var app = new ExerciseApp(databaseFile: file);
        var client = app.CreateClient();

        await ExpectAsync(await client.GetAsync("/healthz/ready"), HttpStatusCode.OK, "Healthy", "GET /healthz/ready");

        app.DeleteDatabaseFile();
        await ExpectAsync(
            await client.GetAsync("/healthz/ready"),
            HttpStatusCode.ServiceUnavailable,
            "Unhealthy",
            "GET /healthz/ready once the database file is gone (a readiness check must ask the database: AddDbContextCheck)");
        await ExpectAsync(
            await client.GetAsync("/healthz/live"),
            HttpStatusCode.OK,
            "Healthy",
            "GET /healthz/live once the database file is gone (liveness runs no checks: a restart would not bring the database back)");
    }

    [Fact]
    public async Task RedirectsToHttpsInProduction()
    {
        using var app = new ExerciseApp(environment: "Production");

        var response = await NotFollowingRedirects(app).GetAsync("/api/todos");

        Check.That(
            response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
            && response.Headers.Location?.ToString() == "https://localhost/api/todos",
            $"In Production, GET http://localhost/api/todos answered {await Responses.DescribeAsync(response)} with Location " +
            $"{response.Headers.Location?.ToString() ?? "(none)"}; expected a redirect to https://localhost/api/todos " +
            "(UseHttpsRedirection, with HttpsPort 443 since the app itself only listens for HTTP).");
    }

    [Fact]
    public async Task TrustsTheFrontEndsForwardedProto()
    {
        using var app = new ExerciseApp(environment: "Production");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/todos");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await NotFollowingRedirects(app).SendAsync(request);

        Check.That(
            response.StatusCode == HttpStatusCode.Unauthorized,
            "In Production, GET /api/todos with X-Forwarded-Proto: https (a request that reached the front end over HTTPS) " +
            $"answered {await Responses.DescribeAsync(response)}; expected 401, not a redirect (UseForwardedHeaders, first).");
    }

    [Fact]
    public async Task NeverRedirectsProbesNorDevelopment()
    {
        using var production = new ExerciseApp(environment: "Production");
        await ExpectAsync(
            await NotFollowingRedirects(production).GetAsync("/healthz/live"),
            HttpStatusCode.OK,
            "Healthy",
            "In Production, GET http://localhost/healthz/live (probes call the container over HTTP)");

        using var development = new ExerciseApp();
        var response = await NotFollowingRedirects(development).GetAsync("/api/todos");
        Check.That(
            response.StatusCode == HttpStatusCode.Unauthorized,
            $"In Development, GET http://localhost/api/todos answered {await Responses.DescribeAsync(response)}; expected 401: " +
            "dotnet run serves only HTTP, so redirect outside Development only.");
    }
}
