using Guide.Core.Values;

namespace Guide.Core.Proof;

/// <summary>
/// Where a HaloPSA instance answers: the API base, the Authorisation Server and the tenant (empty
/// for a self-hosted instance). Built from normalised values, so it is always well formed.
/// </summary>
public sealed record HaloTarget(string ResourceServer, string AuthorisationServer, string? Tenant)
{
    /// <summary>The token endpoint; no tenant parameter at all when there is no tenant (case H02).</summary>
    public string TokenUrl => HaloValueKeys.TokenUrl(AuthorisationServer, Tenant);
}
