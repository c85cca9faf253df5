namespace Guide.Sandbox;

/// <summary>
/// What a client needs to talk to a running simulator: the simulator's own throw-away values,
/// generated per data file and nobody's real secret (DESIGN.md: <c>guide sandbox</c> prints them).
/// </summary>
public sealed record SandboxSettings
{
    /// <summary>The "HaloPSA web address", e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public required string InstanceUrl { get; init; }

    /// <summary><c>{InstanceUrl}/api</c>.</summary>
    public required string ResourceServer { get; init; }

    /// <summary><c>{InstanceUrl}/auth</c>; the token URL is this plus <c>/token</c>.</summary>
    public required string AuthorisationServer { get; init; }

    /// <summary>The tenant; empty for a self-hosted-like simulator.</summary>
    public required string Tenant { get; init; }

    /// <summary>The admin application (scope <c>all</c>, logs in as an administrator).</summary>
    public required string AdminClientId { get; init; }

    public required string AdminClientSecret { get; init; }

    /// <summary>The seeded Liongard application; null unless <see cref="SandboxOptions.SeedLiongard"/>.</summary>
    public string? LiongardClientId { get; init; }

    public string? LiongardClientSecret { get; init; }

    /// <summary>
    /// <c>export HALO_...=...</c> lines for a POSIX shell, values single-quoted. The Liongard lines
    /// (<c>HALO_CLIENT_ID</c>, <c>HALO_CLIENT_SECRET</c>) only when one was seeded.
    /// </summary>
    public IEnumerable<string> ToExportLines()
    {
        var lines = new List<(string Name, string? Value)>
        {
            ("HALO_INSTANCE_URL", InstanceUrl),
            ("HALO_RESOURCE_SERVER", ResourceServer),
            ("HALO_AUTHORISATION_SERVER", AuthorisationServer),
            ("HALO_TENANT", Tenant),
            ("HALO_ADMIN_CLIENT_ID", AdminClientId),
            ("HALO_ADMIN_CLIENT_SECRET", AdminClientSecret),
            ("HALO_CLIENT_ID", LiongardClientId),
            ("HALO_CLIENT_SECRET", LiongardClientSecret),
        };
        return lines.Where(l => l.Value is not null).Select(l => $"export {l.Name}={ShellQuote.Quote(l.Value!)}");
    }

    /// <summary>Keeps the secrets out of logs and test output.</summary>
    public override string ToString() =>
        $"{InstanceUrl} tenant '{Tenant}' admin {AdminClientId}" + (LiongardClientId is null ? "" : $" liongard {LiongardClientId}");
}
