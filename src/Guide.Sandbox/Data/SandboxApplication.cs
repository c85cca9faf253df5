namespace Guide.Sandbox.Data;

/// <summary>
/// An API application (Halo schema <c>NHD_Identity_Application</c>). Its secret is never part of
/// this record: the store keeps only a hash, and the plain secret exists only in the answer that
/// created it (halopsa-api.md §4 [I]).
/// </summary>
public sealed record SandboxApplication
{
    /// <summary>Empty for an application not stored yet; the store assigns a GUID.</summary>
    public string Id { get; init; } = "";

    /// <summary>The UI's "Application Name" (<c>displayName</c>).</summary>
    public required string DisplayName { get; init; }

    /// <summary>The Client ID (<c>clientId</c>); the store generates one when empty.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The agent its tokens act as (<c>loginas_agent_id</c>).</summary>
    public int? LoginAsAgentId { get; init; }

    /// <summary>The scopes it may be granted (<c>scopes[].name</c>).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    public bool Inactive { get; init; }
}
