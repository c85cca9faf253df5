namespace Guide.Sandbox.Data;

/// <summary>A role (Halo schema <c>NHD_Roles</c>); Halo's role ids are strings.</summary>
public sealed record SandboxRole
{
    /// <summary>Empty for a role not stored yet; the store assigns a GUID.</summary>
    public string Id { get; init; } = "";

    public required string Name { get; init; }

    public bool IsIntegration { get; init; }

    public IReadOnlyList<SandboxClaim> Claims { get; init; } = [];
}
