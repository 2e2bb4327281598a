using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Features.Access;

/// <summary>Making and recognising the secrets of station keys and display tokens.</summary>
public static class CredentialSecrets
{
    /// <summary>Secrets from configuration must be at least this long; generated ones are 43 characters.</summary>
    public const int MinimumLength = 24;

    /// <summary>256 random bits, URL-safe (a display token travels in the wall's address).</summary>
    public static string Generate(string prefix) =>
        prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256: what is stored and looked up, never the secret.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Hint(string secret) => secret.Length <= 4 ? "" : secret[^4..];
}
