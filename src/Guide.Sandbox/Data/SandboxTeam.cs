namespace Guide.Sandbox.Data;

/// <summary>A team (Halo schema <c>SectionDetail</c>); membership is kept on the agents.</summary>
public sealed record SandboxTeam
{
    /// <summary>0 for a team not stored yet.</summary>
    public int Id { get; init; }

    public required string Name { get; init; }

    public int? DepartmentId { get; init; }

    public string? DepartmentName { get; init; }

    public bool Inactive { get; init; }
}
