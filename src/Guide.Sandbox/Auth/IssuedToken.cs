namespace Guide.Sandbox.Auth;

/// <summary>An access token the simulator handed out: opaque to clients, looked up on every call.</summary>
internal sealed record IssuedToken(string Value, string ApplicationId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt)
{
    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    /// <summary>Keeps the token itself out of logs and test output.</summary>
    public override string ToString() => $"token for {ApplicationId} [{string.Join(' ', Scopes)}] until {ExpiresAt:O}";
}
