using System.Net.Http.Headers;
using System.Security.Claims;
using {{bp.pascalName}}.Api.Auth;
using {{bp.pascalName}}.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace {{bp.pascalName}}.Api.Exercises;

/// <summary>
/// The real application in memory for one check, with a database of its own (in-memory SQLite, or a file), in the
/// environment the check asks for. It supplies the settings that only appsettings.Development.json holds, so that
/// other environments start too, and signs tokens with the application's own key.
/// </summary>
public sealed class ExerciseApp : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Jwt:SigningKey"] = "exercise-checks-signing-key-of-32-characters-or-more",
        ["DemoUser:UserName"] = "demo",
        ["DemoUser:Password"] = "demo-password",
    };
    private readonly IInterceptor[] _interceptors;

    public ExerciseApp(
        string environment = "Development",
        string? databaseFile = null,
        IDictionary<string, string?>? settings = null,
        IInterceptor[]? interceptors = null)
    {
        _environment = environment;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        _interceptors = interceptors ?? [];
        // Without pooling, closing the connection releases a database file.
        _connection = new SqliteConnection(
            databaseFile is null ? "Data Source=:memory:" : $"Data Source={databaseFile};Pooling=False");
        _connection.Open();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DbContextOptions<AppDbContext>>();
            services.AddDbContext<AppDbContext>(options => options.UseSqlite(_connection).AddInterceptors(_interceptors));
        });
    }

    /// <summary>A user name that no other check uses.</summary>
    public static string NewUser(string name) => $"{name}-{Guid.NewGuid():N}";

    /// <summary>A valid token for <paramref name="userName"/>, with a "role" claim for each role.</summary>
    public string TokenFor(string userName, params string[] roles)
    {
        var jwt = Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, userName) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(jwt.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A client that sends a valid token for <paramref name="userName"/>.</summary>
    public HttpClient ClientFor(string userName, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userName, roles));
        return client;
    }

    /// <summary>Closes the database file and deletes it, as if the disk were gone.</summary>
    public void DeleteDatabaseFile()
    {
        var file = _connection.DataSource;
        _connection.Close();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, $"{file}-wal", $"{file}-shm" })
        {
            File.Delete(path);
        }
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
