using System.Security.Cryptography;
using System.Text;

namespace Guide.Sandbox.Data;

/// <summary>Generates client ids and secrets, and compares secrets by hash.</summary>
internal static class Credentials
{
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewClientId() => Guid.NewGuid().ToString();

    /// <summary>A 48-character alphanumeric secret: safe in a shell and in a URL form.</summary>
    public static string NewSecret() => RandomNumberGenerator.GetString(SecretAlphabet, 48);

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Constant-time, so timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string secret, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(secret)),
            Encoding.ASCII.GetBytes(expectedHash));
}
