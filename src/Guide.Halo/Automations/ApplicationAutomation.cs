using System.Globalization;
using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Reports;
using Guide.Core.Values;
using Guide.Halo.Api;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.application: creates the Liongard application (client credentials, logging in as the
/// agent, with Liongard's three scopes), keeps its Client ID and Secret the moment they arrive,
/// and reads it back. Halo shows a secret only in the answer that creates it [I]; when that is
/// lost, or the application exists with no secret on record, the person chooses how to go on.
/// </summary>
internal sealed class ApplicationAutomation(HaloSessions sessions) : IAutomation
{
    private const string TypeSecret = "Type a new secret I generate on the application in HaloPSA";
    private const string Recreate = "Let Guide delete the application and create it again";
    private const string Leave = "Leave it for now";

    public string Name => AutomationNames.Application;

    public bool ChangesTenant => true;

    public string Describe(AutomationRequest request) =>
        $"Create the API application \"{ApplicationName(request)}\" (Client ID and Secret, services login as the agent \"{Steps.AgentName(request)}\", " +
        $"permissions {string.Join(' ', ProofRequest.LiongardScopes)}), record its Client ID and Secret at once, and read it back. Asks first.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        var before = sessions.Requests;
        int Used() => sessions.Requests - before;
        var (admin, unready) = await Steps.AdminApiAsync(sessions, request, host, cancellationToken).ConfigureAwait(false);
        if (admin is not { } api)
            return unready!;
        var (agentFound, noAgent) = await Steps.AgentAsync(api, request, Used, cancellationToken).ConfigureAwait(false);
        if (agentFound is null)
            return noAgent!;
        var agent = HaloResult<HaloAgent>.Of(agentFound);
        var name = ApplicationName(request);
        var found = await api.FindApplicationsAsync(name, cancellationToken).ConfigureAwait(false);
        if (!found.Ok)
            return AutomationOutcome.Failed(found.Problem!, Used());

        HaloApplication application;
        if (found.Value!.FirstOrDefault() is { } existing)
        {
            var recorded = request.Value(HaloValueKeys.ClientId) == existing.ClientId && request.Value(HaloValueKeys.ClientSecret) is not null;
            if (!recorded)
            {
                var ours = string.Equals(request.Fact(FactKeys.ApplicationCreating), existing.Name, StringComparison.Ordinal);
                var resumed = await LostSecretAsync(api, existing, agent.Value!, host, cancellationToken, ours).ConfigureAwait(false);
                if (resumed.Outcome is { } stop)
                    return stop with { Requests = Used() };
                existing = resumed.Application!;
            }
            application = await RepairAsync(api, existing, agent.Value!, host, cancellationToken).ConfigureAwait(false) ?? existing;
        }
        else
        {
            if (!await host.ConfirmAsync($"Create the application \"{name}\" logging in as \"{agent.Value!.Name}\" with {string.Join(' ', ProofRequest.LiongardScopes)}?", cancellationToken).ConfigureAwait(false))
                return AutomationOutcome.Cancelled("Not created; do these items by hand, or run this again.", Used());
            var created = await CreateAsync(api, name, agent.Value, host, cancellationToken).ConfigureAwait(false);
            if (created.Outcome is { } stop)
                return stop with { Requests = Used() };
            application = created.Application!;
        }
        return await ReadBackAsync(api, request, application, agent.Value!, Used, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="again">This create replaces an application whose secret was lost; if its answer is lost too, Guide stops rather than loop.</param>
    private async Task<(HaloApplication? Application, AutomationOutcome? Outcome)> CreateAsync(
        HaloApi api, string name, HaloAgent agent, IAutomationHost host, CancellationToken cancellationToken, bool again = false)
    {
        // Noted before the request: should its answer (and the secret in it) be lost to a crash, the
        // next run knows the application it finds is Guide's own, which nobody can hold a secret for.
        host.KeepFacts(new Dictionary<string, string> { [FactKeys.ApplicationCreating] = name });
        var created = await api.CreateApplicationOnceAsync(name, agent.Id, ProofRequest.LiongardScopes, cancellationToken).ConfigureAwait(false);
        if (!created.Ok)
            return (null, AutomationOutcome.Failed(created.Problem!, 0));
        var application = created.Value!;
        if (application.ClientSecret is { } secret && application.ClientId is { } clientId)
        {
            // Saved before anything else happens: HaloPSA will not show this secret again.
            host.Keep(new Dictionary<string, string> { [HaloValueKeys.ClientId] = clientId, [HaloValueKeys.ClientSecret] = secret });
            host.KeepFacts(new Dictionary<string, string> { [FactKeys.ApplicationCreating] = "" });
            return (application, null);
        }
        // The answer that held the secret was lost; the application was found again without it.
        if (again)
        {
            // Lost twice in a row: HaloPSA (or what stands between) is not answering creates. Deleting
            // and creating again would go on for ever; one application without a secret stays.
            return (null, AutomationOutcome.Failed(new Problem("POST /api/Application", null,
                $"the answer to creating \"{name}\" was lost again, so its Client Secret is not on record (one application \"{name}\" exists)",
                "Run this again later: Guide will offer to recreate it once more. Or generate a secret on the application in HaloPSA and record it by hand."), 0));
        }
        return await LostSecretAsync(api, application, agent, host, cancellationToken, ours: true).ConfigureAwait(false);
    }

    private async Task<(HaloApplication? Application, AutomationOutcome? Outcome)> LostSecretAsync(
        HaloApi api, HaloApplication application, HaloAgent agent, IAutomationHost host, CancellationToken cancellationToken, bool ours = false)
    {
        if (ours)
        {
            // Guide created it and lost the answer: no one can have its secret, so making it again is safe.
            if (!await host.ConfirmAsync($"Guide created the application \"{application.Name}\", but the answer holding its Client Secret was lost, and HaloPSA shows a secret only once. Delete it and create it again?", cancellationToken).ConfigureAwait(false))
                return (null, AutomationOutcome.Cancelled($"The application \"{application.Name}\" exists without a secret on record; generate one in HaloPSA and record it by hand, or run this again.", 0));
            var removed = await api.DeleteApplicationAsync(application.Id, cancellationToken).ConfigureAwait(false);
            if (!removed.Ok)
                return (null, AutomationOutcome.Failed(removed.Problem!, 0));
            return await CreateAsync(api, application.Name, agent, host, cancellationToken, again: true).ConfigureAwait(false);
        }

        var choice = await host.PickAsync(
            $"The application \"{application.Name}\" exists in HaloPSA, but its Client Secret is not on record, and HaloPSA shows a secret only once.",
            [TypeSecret, Recreate, Leave], [TypeSecret], multiple: false, cancellationToken).ConfigureAwait(false);
        switch (choice?.FirstOrDefault())
        {
            case TypeSecret:
                var typed = await host.AskAsync($"Client Secret of \"{application.Name}\" (generate a new one on the application in HaloPSA, then paste it here)", secret: true, cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrWhiteSpace(typed) || application.ClientId is null)
                    return (null, AutomationOutcome.Cancelled("No secret typed; record it by hand on the Client ID and Secret item.", 0));
                host.Keep(new Dictionary<string, string> { [HaloValueKeys.ClientId] = application.ClientId, [HaloValueKeys.ClientSecret] = typed.Trim() });
                return (application, null);
            case Recreate:
                if (!await host.ConfirmAsync($"Delete the application \"{application.Name}\" (Client ID {application.ClientId}) and create it again? Anything already using that Client ID stops working.", cancellationToken).ConfigureAwait(false))
                    return (null, AutomationOutcome.Cancelled("The application was left as it is.", 0));
                var deleted = await api.DeleteApplicationAsync(application.Id, cancellationToken).ConfigureAwait(false);
                if (!deleted.Ok)
                    return (null, AutomationOutcome.Failed(deleted.Problem!, 0));
                return await CreateAsync(api, application.Name, agent, host, cancellationToken, again: true).ConfigureAwait(false);
            default:
                return (null, AutomationOutcome.Cancelled($"The application \"{application.Name}\" exists without a secret on record; generate one in HaloPSA and record it by hand.", 0));
        }
    }

    /// <summary>
    /// An application found again (a second run, or after a fall-back) that lacks a scope or logs
    /// in as another agent is given them, once asked; the read-back then says whether it held.
    /// </summary>
    private static async Task<HaloApplication?> RepairAsync(HaloApi api, HaloApplication application, HaloAgent agent, IAutomationHost host, CancellationToken cancellationToken)
    {
        var current = await api.GetApplicationAsync(application.Id, cancellationToken).ConfigureAwait(false);
        if (!current.Ok)
            return null;
        var app = current.Value!;
        var missing = ProofRequest.LiongardScopes.Where(s => !app.Scopes.Contains(s)).ToList();
        if (missing.Count == 0 && app.LoginAsAgentId == agent.Id)
            return app;
        var what = string.Join(" and ", new[]
        {
            missing.Count > 0 ? $"the permissions {string.Join(", ", missing)}" : null,
            app.LoginAsAgentId != agent.Id ? $"login as \"{agent.Name}\"" : null,
        }.OfType<string>());
        if (!await host.ConfirmAsync($"The application \"{app.Name}\" lacks {what}. Set them?", cancellationToken).ConfigureAwait(false))
            return app;
        var updated = await api.UpdateApplicationAsync(app.Id, agent.Id, [.. app.Scopes.Union(ProofRequest.LiongardScopes)], cancellationToken).ConfigureAwait(false);
        return updated.Ok ? updated.Value : app;
    }

    /// <summary>
    /// Reads the application back. What does not match sends back to manual work only the items
    /// whose proof check covers it (login as the agent: agent-me; permissions: scopes).
    /// </summary>
    private static async Task<AutomationOutcome> ReadBackAsync(HaloApi api, AutomationRequest request, HaloApplication application, HaloAgent agent,
        Func<int> used, CancellationToken cancellationToken)
    {
        var readBack = await api.GetApplicationAsync(application.Id, cancellationToken).ConfigureAwait(false);
        if (!readBack.Ok)
            return AutomationOutcome.Failed(readBack.Problem!, used());
        var app = readBack.Value!;
        var outcome = new OutcomeBuilder()
            .Value(HaloValueKeys.ApplicationName, app.Name)
            .Fact(FactKeys.ApplicationId, app.Id)
            .Fact(FactKeys.ApplicationName, app.Name)
            .Fact(FactKeys.ApplicationLoginAs, app.LoginAsAgentName ?? agent.Name)
            .Fact(FactKeys.ApplicationScopes, string.Join(' ', app.Scopes));

        var problems = new Dictionary<string, string>();
        if (app.LoginAsAgentId != agent.Id)
        {
            problems[ProofCheckNames.AgentMe] = $"HaloPSA's application does not log in as \"{agent.Name}\" " +
                $"(it names agent {app.LoginAsAgentId?.ToString(CultureInfo.InvariantCulture) ?? "none"}): set Login Type to Agent and Agent to log in as by hand.";
        }
        var missing = ProofRequest.LiongardScopes.Where(s => !app.Scopes.Contains(s)).ToList();
        if (missing.Count > 0)
            problems[ProofCheckNames.Scopes] = $"HaloPSA did not keep the permissions {string.Join(", ", missing)}: tick them on the application's Permissions tab by hand, then save.";

        var done = $"created and read back: logs in as \"{agent.Name}\", Client ID {app.ClientId}";
        foreach (var item in request.Items)
        {
            var problem = item.Bindings.CheckedBy.Select(c => problems.GetValueOrDefault(c)).FirstOrDefault(p => p is not null);
            outcome.Item(item.Id, problem is null ? ItemOutcome.Completed(done) : ItemOutcome.ByHand(problem));
        }
        return problems.Count == 0
            ? outcome.Build(AutomationStatus.Done, $"The application \"{app.Name}\" logs in as \"{agent.Name}\" with {string.Join(' ', app.Scopes)}; its Client ID and Secret are recorded.", used())
            : outcome.Build(AutomationStatus.FellBack, string.Join(" ", problems.Values), used());
    }

    private static string ApplicationName(AutomationRequest request) => request.Value(HaloValueKeys.ApplicationName) ?? "Liongard";
}
