namespace Guide.Cli;

/// <summary>The HALO_* environment variables; a flag beats the variable.</summary>
internal static class HaloSettings
{
    public const string InstanceUrl = "HALO_INSTANCE_URL";
    public const string ResourceServer = "HALO_RESOURCE_SERVER";
    public const string AuthorisationServer = "HALO_AUTHORISATION_SERVER";
    public const string Tenant = "HALO_TENANT";
    public const string ClientId = "HALO_CLIENT_ID";
    public const string ClientSecret = "HALO_CLIENT_SECRET";
    public const string AdminClientId = "HALO_ADMIN_CLIENT_ID";
    public const string AdminClientSecret = "HALO_ADMIN_CLIENT_SECRET";

    public static string? Pick(string? flag, CliContext context, string variable) =>
        !string.IsNullOrWhiteSpace(flag) ? flag : context.Environment(variable) is { Length: > 0 } value ? value : null;
}
