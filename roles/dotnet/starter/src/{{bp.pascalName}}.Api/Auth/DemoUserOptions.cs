using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;

namespace {{bp.pascalName}}.Api.Auth;

/// <summary>The "DemoUser" section: the one account that exists until users are stored in the database.</summary>
public sealed class DemoUserOptions
{
    public const string SectionName = "DemoUser";

    [Required]
    public string UserName { get; set; } = "";

    [Required]
    public string Password { get; set; } = "";

    public bool Matches(string userName, string password) =>
        string.Equals(userName, UserName, StringComparison.Ordinal)
        // Compares in constant time, so response times do not reveal how much of the password was right.
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(Password));
}
