using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Values;

namespace Guide.Halo.Automations;

/// <summary>The recorded Liongard credentials, which the proofs use (never the administrator's).</summary>
internal static class Liongard
{
    public static ClientCredentials? Credentials(AutomationRequest request) =>
        request.Value(HaloValueKeys.ClientId) is { } id && request.Value(HaloValueKeys.ClientSecret) is { } secret
            ? new ClientCredentials(id, secret)
            : null;

    public static AutomationOutcome NeedsCredentials() => AutomationOutcome.Cancelled(
        "The Client ID and Client Secret are not recorded yet: record them at the item \"Record the Client ID and the Client Secret\" (or let the application automation create them), then run this again.", 0);
}
