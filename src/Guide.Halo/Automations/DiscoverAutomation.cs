using Guide.Core.Automation;
using Guide.Core.Guides;
using Guide.Core.Proof;
using Guide.Core.Reports;
using Guide.Core.Values;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.discover: from the HaloPSA web address, <c>GET /api/authinfo</c> (which needs no token)
/// gives the Authorisation Server and the tenant; the Resource Server is the address plus /api.
/// </summary>
internal sealed class DiscoverAutomation(HaloSessions sessions) : IAutomation
{
    public string Name => AutomationNames.Discover;

    public bool ChangesTenant => false;

    public string Describe(AutomationRequest request) =>
        $"Ask {request.Value(HaloValueKeys.InstanceUrl) ?? "HaloPSA"} for its Resource Server, Authorisation Server and Tenant (GET /api/authinfo, no login needed), and record them.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        var before = sessions.Requests;
        if (request.Value(HaloValueKeys.InstanceUrl) is not { } instance)
        {
            return AutomationOutcome.Cancelled("The HaloPSA web address is not recorded: type it at the first item (Log in to HaloPSA), then run this again.", 0);
        }

        var resource = instance.TrimEnd('/') + "/api";
        var api = sessions.Anonymous(new HaloTarget(resource, instance.TrimEnd('/') + "/auth", null));
        var info = await api.AuthInfoAsync(cancellationToken).ConfigureAwait(false);
        var requests = sessions.Requests - before;
        if (!info.Ok)
            return AutomationOutcome.Failed(info.Problem!, requests);

        var definition = new ValueDefinition(HaloValueKeys.AuthorisationServer, "Authorisation Server", ValueKind.Url, Requirement.Required, null, null, UrlShape.Any, 0);
        var auth = info.Value!.AuthUrl is { } url ? ValueValidator.Check(definition, url, null) : null;
        if (auth is { Normalised: null })
        {
            return AutomationOutcome.FellBack(
                $"HaloPSA named an Authorisation Server Guide cannot use ({auth.Errors[0]}); copy it from the HaloPSA API page instead.", requests);
        }
        var authorisation = auth?.Normalised ?? instance.TrimEnd('/') + "/auth";
        var tenant = info.Value.TenantId ?? "";
        var found = $"Resource Server {resource}, Authorisation Server {authorisation}, tenant {(tenant.Length > 0 ? tenant : "none (self-hosted)")}";
        var outcome = new OutcomeBuilder()
            .Value(HaloValueKeys.ResourceServer, resource)
            .Value(HaloValueKeys.AuthorisationServer, authorisation)
            .Value(HaloValueKeys.Tenant, tenant)
            .Fact(FactKeys.DiscoveredTenant, tenant);
        foreach (var item in request.Items)
        {
            outcome.Item(item.Id, ItemOutcome.Completed(item.Bindings.Records.Contains(HaloValueKeys.InstanceUrl)
                ? $"HaloPSA answered at {instance}"
                : $"found by GET /api/authinfo: {found}"));
        }
        return outcome.Build(AutomationStatus.Done, $"Found {found}.", requests);
    }
}
