namespace Guide.Core.Values;

/// <summary>The value keys with a meaning beyond the guide's own text (DESIGN.md's value keys).</summary>
public static class HaloValueKeys
{
    public const string InstanceUrl = "instance_url";
    public const string ResourceServer = "resource_server";
    public const string AuthorisationServer = "authorisation_server";
    public const string Tenant = "tenant";
    public const string AgentName = "agent_name";
    public const string Teams = "teams";
    public const string ApplicationName = "application_name";
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";

    /// <summary>The token endpoint built from the Authorisation Server and Tenant (cases H02, H03).</summary>
    public static string TokenUrl(string authorisationServer, string? tenant) =>
        authorisationServer.TrimEnd('/') + "/token"
        + (string.IsNullOrWhiteSpace(tenant) ? "" : "?tenant=" + Uri.EscapeDataString(tenant.Trim()));
}
