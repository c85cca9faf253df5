using Guide.Core.Guides;
using Guide.Core.Proof;
using Guide.Core.Values;

namespace Guide.Cli;

/// <summary>Checks what `guide verify` was given, as the checklist checks typed values.</summary>
internal static class VerifyInputs
{
    private static readonly ValueDefinition Resource = new(HaloValueKeys.ResourceServer, "Resource Server", ValueKind.Url, Requirement.Required, null, null, UrlShape.Api, 0);
    private static readonly ValueDefinition Authorisation = new(HaloValueKeys.AuthorisationServer, "Authorisation Server", ValueKind.Url, Requirement.Required, null, null, UrlShape.Any, 0);
    private static readonly ValueDefinition TenantValue = new(HaloValueKeys.Tenant, "Tenant", ValueKind.Text, Requirement.Optional, null, null, UrlShape.Any, 0);
    private static readonly ValueDefinition ClientIdValue = new(HaloValueKeys.ClientId, "Client ID", ValueKind.Guid, Requirement.Required, null, null, UrlShape.Any, 0);
    private static readonly ValueDefinition SecretValue = new(HaloValueKeys.ClientSecret, "Client Secret", ValueKind.Secret, Requirement.Required, null, null, UrlShape.Any, 0);

    /// <exception cref="UsageException">A value is missing or not usable; the message says which flag or variable to set.</exception>
    public static (HaloTarget Target, ClientCredentials Credentials, IReadOnlyList<string> Warnings) Check(
        string? resource, string? authorisation, string? tenant, string? clientId, string? secret)
    {
        var warnings = new List<string>();
        var missing = new List<string>();
        string? Need(ValueDefinition definition, string? raw, string how)
        {
            var check = ValueValidator.Check(definition, raw, hostedInstance: null);
            if (check.Errors.Length > 0)
                throw new UsageException(check.Errors[0]);
            if (check.Normalised is null)
                missing.Add($"the {definition.Label} is missing: {how}");
            warnings.AddRange(check.Warnings.Select(w => $"{definition.Label} {w}"));
            return check.Normalised;
        }

        var api = Need(Resource, resource, $"give --resource-server or set {HaloSettings.ResourceServer}");
        var auth = Need(Authorisation, authorisation, $"give --authorisation-server or set {HaloSettings.AuthorisationServer}");
        var tenantCheck = ValueValidator.Check(TenantValue, tenant, null);
        if (tenantCheck.Errors.Length > 0)
            throw new UsageException(tenantCheck.Errors[0]);
        var id = Need(ClientIdValue, clientId, $"give --client-id or set {HaloSettings.ClientId}");
        var key = Need(SecretValue, secret, $"set {HaloSettings.ClientSecret}, or pipe it in with --client-secret-stdin (never as an argument)");
        if (api is null || auth is null || id is null || key is null)
            throw new UsageException(string.Join("; ", missing) + " (or --state a saved run that has them)");
        if (HaloHost.IsHosted(new Uri(api).Host) && tenantCheck.Normalised is null)
            warnings.Add($"{new Uri(api).Host} is a hosted instance, which needs a Tenant (--tenant or {HaloSettings.Tenant}); the proof will say which.");
        return (new HaloTarget(api, auth, tenantCheck.Normalised), new ClientCredentials(id, key), warnings);
    }
}
