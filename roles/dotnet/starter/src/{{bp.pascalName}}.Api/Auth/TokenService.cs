using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace {{bp.pascalName}}.Api.Auth;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>Issues the signed JWTs that the JwtBearer handler verifies on every request.</summary>
public sealed class TokenService(IOptions<JwtOptions> options)
{
    private readonly JwtOptions _jwt = options.Value;
    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse CreateToken(string userName)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _jwt.Issuer,
            Audience = _jwt.Audience,
            Subject = new ClaimsIdentity(new[] { new Claim(JwtRegisteredClaimNames.Sub, userName) }),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(_jwt.TokenLifetime),
            SigningCredentials = new SigningCredentials(_jwt.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        };
        return new TokenResponse(_handler.CreateToken(descriptor), "Bearer", (int)_jwt.TokenLifetime.TotalSeconds);
    }
}
