using System.ComponentModel.DataAnnotations;
using {{bp.pascalName}}.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace {{bp.pascalName}}.Api.Auth;

public sealed record TokenRequest
{
    [Required]
    public string UserName { get; init; } = "";

    [Required]
    public string Password { get; init; } = "";
}

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", CreateToken)
            .AddEndpointFilter<ValidationFilter<TokenRequest>>()
            .AllowAnonymous();
        return app;
    }

    /// <summary>Exchanges a user name and password for a JWT.</summary>
    private static Results<Ok<TokenResponse>, ProblemHttpResult> CreateToken(
        TokenRequest request, IOptions<DemoUserOptions> demoUser, TokenService tokens)
    {
        if (!demoUser.Value.Matches(request.UserName, request.Password))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized, detail: "Invalid user name or password.");
        }
        return TypedResults.Ok(tokens.CreateToken(request.UserName));
    }
}
