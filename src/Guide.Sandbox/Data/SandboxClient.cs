namespace Guide.Sandbox.Data;

/// <summary>A customer (Halo schema <c>Area</c>, endpoint <c>/api/Client</c>).</summary>
public sealed record SandboxClient
{
    /// <summary>0 for a client not stored yet.</summary>
    public int Id { get; init; }

    public required string Name { get; init; }

    public bool Inactive { get; init; }
}
