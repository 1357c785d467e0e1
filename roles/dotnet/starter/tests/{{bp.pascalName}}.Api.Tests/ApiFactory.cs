using System.Net.Http.Headers;
using {{bp.pascalName}}.Api.Auth;
using {{bp.pascalName}}.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace {{bp.pascalName}}.Api.Tests;

/// <summary>
/// Runs the real application in memory, with its database swapped for an in-memory SQLite one.
/// xUnit creates one per test class (IClassFixture), so the classes do not share data.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    // An in-memory SQLite database lives as long as its connection: keep one open for the factory's lifetime.
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public ApiFactory() => _connection.Open();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DbContextOptions<AppDbContext>>();
            services.AddDbContext<AppDbContext>(options => options.UseSqlite(_connection));
        });
    }

    /// <summary>A client that sends a valid token for <paramref name="userName"/>.</summary>
    public HttpClient CreateClientFor(string userName)
    {
        var token = Services.GetRequiredService<TokenService>().CreateToken(userName);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _connection.Dispose();
        }
    }
}
