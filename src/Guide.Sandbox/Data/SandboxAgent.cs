namespace Guide.Sandbox.Data;

/// <summary>An agent (Halo schema <c>Uname</c>) as the simulator stores it.</summary>
public sealed record SandboxAgent
{
    /// <summary>0 for an agent not stored yet; the store assigns the next id.</summary>
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    /// <summary>The UI's "API-only agent" (<c>isapiagent</c>): hidden from agent lists unless asked for.</summary>
    public bool IsApiAgent { get; init; }

    public bool IsDisabled { get; init; }

    /// <summary>An administrator sees every ticket and may call the admin endpoints.</summary>
    public bool IsAdmin { get; init; }

    /// <summary>Team membership; its order gives the default team (<c>team</c>).</summary>
    public IReadOnlyList<int> TeamIds { get; init; } = [];

    public IReadOnlyList<string> RoleIds { get; init; } = [];

    /// <summary>Permission claims set on the agent itself (Uname <c>claims</c>) [I].</summary>
    public IReadOnlyList<SandboxClaim> Claims { get; init; } = [];
}
