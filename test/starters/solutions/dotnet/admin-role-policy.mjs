// Reference solution of dotnet/admin-role-policy: DemoUser:Roles, a "role" claim per role in the token, the Admin
// policy, and GET /api/admin/todos in a route group that requires it.
const cs = String.raw;

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/Auth/AuthPolicies.cs`,
      content: cs`namespace ${pascalName}.Api.Auth;

/// <summary>The names the authorization setup shares: the role claim of our tokens, the policies, their roles.</summary>
public static class AuthPolicies
{
    /// <summary>The claim that holds a role in our tokens, under its name in the token (MapInboundClaims is off).</summary>
    public const string RoleClaimType = "role";

    public const string Admin = "Admin";

    public const string AdminRole = "admin";
}
`,
    },
    {
      file: `${api}/Auth/DemoUserOptions.cs`,
      replace: '    [Required]\n    public string Password { get; set; } = "";\n',
      with: '    [Required]\n    public string Password { get; set; } = "";\n\n    /// <summary>The roles its tokens carry, such as "admin".</summary>\n    public string[] Roles { get; set; } = [];\n',
    },
    {
      file: `${api}/Auth/TokenService.cs`,
      content: cs`using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ${pascalName}.Api.Auth;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>Issues the signed JWTs that the JwtBearer handler verifies on every request.</summary>
public sealed class TokenService(IOptions<JwtOptions> options)
{
    private readonly JwtOptions _jwt = options.Value;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>A token for <paramref name="userName"/>, with a "role" claim for each of <paramref name="roles"/>.</summary>
    public TokenResponse CreateToken(string userName, IEnumerable<string>? roles = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, userName) };
        claims.AddRange((roles ?? Enumerable.Empty<string>()).Select(role => new Claim(AuthPolicies.RoleClaimType, role)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _jwt.Issuer,
            Audience = _jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(_jwt.TokenLifetime),
            SigningCredentials = new SigningCredentials(_jwt.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        };
        return new TokenResponse(_handler.CreateToken(descriptor), "Bearer", (int)_jwt.TokenLifetime.TotalSeconds);
    }
}
`,
    },
    {
      file: `${api}/Auth/AuthEndpoints.cs`,
      replace: 'return TypedResults.Ok(tokens.CreateToken(request.UserName));',
      with: 'return TypedResults.Ok(tokens.CreateToken(request.UserName, demoUser.Value.Roles));',
    },
    {
      file: `${api}/Auth/AuthServiceCollectionExtensions.cs`,
      replace: '                    NameClaimType = JwtRegisteredClaimNames.Sub,\n',
      with: '                    NameClaimType = JwtRegisteredClaimNames.Sub,\n                    RoleClaimType = AuthPolicies.RoleClaimType,\n',
    },
    {
      file: `${api}/Admin/AdminEndpoints.cs`,
      content: cs`using ${pascalName}.Api.Auth;
using ${pascalName}.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ${pascalName}.Api.Admin;

/// <summary>An item as an administrator sees it: with its owner.</summary>
public sealed record AdminTodoResponse(int Id, string OwnerId, string Title, bool IsDone);

/// <summary>Endpoints for administrators only: the Admin policy guards the whole group.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(AuthPolicies.Admin);

        admin.MapGet("/todos", GetAllTodos);

        return admin;
    }

    /// <summary>Every user's items.</summary>
    private static async Task<Ok<List<AdminTodoResponse>>> GetAllTodos(AppDbContext db, CancellationToken cancellationToken)
    {
        var todos = await db.Todos
            .AsNoTracking()
            .OrderBy(todo => todo.Id)
            .Select(todo => new AdminTodoResponse(todo.Id, todo.OwnerId, todo.Title, todo.IsDone))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(todos);
    }
}
`,
    },
    {
      file: `${api}/appsettings.Development.json`,
      replace: '    "Password": "demo-password"\n',
      with: '    "Password": "demo-password",\n    "Roles": ["admin"]\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: `using ${pascalName}.Api.Auth;\n`,
      with: `using ${pascalName}.Api.Admin;\nusing ${pascalName}.Api.Auth;\n`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'builder.Services.AddAuthorization();\n',
      with: 'builder.Services.AddAuthorization(options =>\n    options.AddPolicy(AuthPolicies.Admin, policy => policy.RequireRole(AuthPolicies.AdminRole)));\n',
    },
    { file: `${api}/Program.cs`, replace: 'app.MapTodoEndpoints();\n', with: 'app.MapTodoEndpoints();\napp.MapAdminEndpoints();\n' },
  ];
};
