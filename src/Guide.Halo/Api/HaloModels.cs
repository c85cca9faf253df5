namespace Guide.Halo.Api;

// What Guide needs of Halo's entities; the wire formats stay in the readers beside them.

public sealed record HaloTeamRef(int Id, string Name);

public sealed record HaloAgent(int Id, string Name, bool IsApiAgent, bool IsDisabled, IReadOnlyList<HaloTeamRef> Teams);

public sealed record HaloTeam(int Id, string Name, bool Inactive);

/// <param name="ClientSecret">Present only in the answer that created the application [I].</param>
public sealed record HaloApplication(
    string Id,
    string Name,
    string? ClientId,
    string? ClientSecret,
    int? LoginAsAgentId,
    string? LoginAsAgentName,
    IReadOnlyList<string> Scopes,
    bool Inactive);

public sealed record HaloAuthInfo(string? AuthUrl, string? TenantId);
