namespace Guide.Halo.Api;

// What Guide needs of Halo's entities; the wire formats stay in the readers beside them.

public sealed record HaloTeamRef(int Id, string Name);

public sealed record HaloClaim(string Type, string Value);

public sealed record HaloAgent(int Id, string Name, bool IsApiAgent, bool IsDisabled, IReadOnlyList<HaloTeamRef> Teams)
{
    /// <summary>Permission claims, when read with details.</summary>
    public IReadOnlyList<HaloClaim> Claims { get; init; } = [];
}

/// <param name="StatusId">Halo's status; 9 is "Closed" on a standard tenant [I].</param>
public sealed record HaloTicket(int Id, string Summary, string? Details, int? StatusId);

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
