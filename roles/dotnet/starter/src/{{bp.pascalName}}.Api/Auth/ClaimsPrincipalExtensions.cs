using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace {{bp.pascalName}}.Api.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id: the "sub" claim of their token.</summary>
    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value
        ?? throw new InvalidOperationException("The user has no 'sub' claim; is the endpoint protected?");
}
