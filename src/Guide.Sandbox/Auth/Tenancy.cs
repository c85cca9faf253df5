namespace Guide.Sandbox.Auth;

/// <summary>
/// Whether the simulator plays a hosted instance (one tenant, named in <c>?tenant=</c> on the token
/// URL) or a self-hosted one (no tenant parameter at all).
/// </summary>
internal sealed record Tenancy(string Tenant, bool Hosted)
{
    /// <summary>Why the token request's tenant is refused; null when it is right.</summary>
    public string? Refusal(IReadOnlyList<string> given)
    {
        if (!Hosted)
        {
            // Strict on purpose [I]: a self-hosted Halo probably ignores the parameter, but a client
            // sending one (even "?tenant=") has mistaken the instance for a hosted one (H02).
            return given.Count == 0 ? null : "This instance is self-hosted and has no tenants: send no tenant parameter.";
        }
        if (given.Count == 0 || given.All(string.IsNullOrWhiteSpace))
            return "A tenant is required: add ?tenant=NAME to the token URL (see /api/authinfo).";
        // Tenant names are host names, so case does not matter [I].
        return given.Any(t => string.Equals(t, Tenant, StringComparison.OrdinalIgnoreCase))
            ? null
            : "Unknown tenant (see tenant_id in /api/authinfo).";
    }
}
