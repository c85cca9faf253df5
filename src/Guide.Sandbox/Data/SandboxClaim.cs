namespace Guide.Sandbox.Data;

/// <summary>A permission claim (Halo schema <c>NHD_Claim</c>) carried by a role or an agent.</summary>
public sealed record SandboxClaim(string Type, string Value);
