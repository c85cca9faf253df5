using System.Collections.Concurrent;
using System.Security.Cryptography;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Auth;

/// <summary>
/// Issues and checks access tokens. Tokens live in memory only and expire on the simulator's
/// clock, so a test with a fake clock can age one past <c>expires_in</c> (H10).
/// </summary>
internal sealed class TokenIssuer(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    public IssuedToken Issue(SandboxApplication application, IReadOnlyList<string> scopes)
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new IssuedToken(value, application.Id, scopes, time.GetUtcNow() + lifetime);
        tokens[value] = token;
        return token;
    }

    /// <summary>The token if it was issued here and has not expired or been revoked.</summary>
    public IssuedToken? Find(string value)
    {
        if (!tokens.TryGetValue(value, out var token))
            return null;
        if (time.GetUtcNow() < token.ExpiresAt)
            return token;
        tokens.TryRemove(value, out _);
        return null;
    }

    public void Revoke(string value) => tokens.TryRemove(value, out _);
}
