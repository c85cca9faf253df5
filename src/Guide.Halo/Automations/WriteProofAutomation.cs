using System.Globalization;
using System.Text.Json.Nodes;
using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Reports;
using Guide.Core.Runs;
using Guide.Halo.Api;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.write-proof (opt-in): as the Liongard agent, creates a test ticket, closes it, then edits
/// the closed ticket, reading each step back. Proves "Can add new tickets", "Read and Modify" and
/// "Can edit closed tickets". Asks first, and says what it leaves behind: one closed ticket.
/// </summary>
internal sealed class WriteProofAutomation(HaloSessions sessions, TimeProvider clock) : IAutomation
{
    public string Name => AutomationNames.WriteProof;

    public bool ChangesTenant => true;

    public string Describe(AutomationRequest request) =>
        $"As \"{Steps.AgentName(request)}\", create a test ticket, close it, then edit it while closed, reading each step back. " +
        "One closed test ticket stays in HaloPSA. Asks first.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        var before = sessions.Requests;
        int Used() => sessions.Requests - before;
        if (Steps.Target(request) is not { } target)
            return Steps.NeedsServers();
        if (Liongard.Credentials(request) is not { } credentials)
            return Liongard.NeedsCredentials();
        // One test ticket per run: its summary is chosen once and kept, so a resumed run finds it.
        var resumed = request.Fact(FactKeys.WriteProofTicket);
        var summary = resumed
            ?? $"Guide write test for Liongard ({clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)";
        if (!await host.ConfirmAsync($"Create the ticket \"{summary}\" as \"{Steps.AgentName(request)}\", close it, and edit it while closed? It stays in HaloPSA, closed.", cancellationToken).ConfigureAwait(false))
            return AutomationOutcome.Cancelled("No test ticket made; skip this item, or run it later.", 0);

        var api = sessions.Api(target, credentials, ProofRequest.LiongardScopes);
        var checks = new List<ProofCheckResult>();
        AutomationOutcome Stop(string check, Problem problem)
        {
            checks.Add(new ProofCheckResult(check, CheckStatus.Fail, problem.ToString()));
            return new OutcomeBuilder().Checks(checks).Build(AutomationStatus.Failed, $"{check}: {problem}", Used(), problem);
        }

        host.KeepFacts(new Dictionary<string, string> { [FactKeys.WriteProofTicket] = summary });
        var client = await api.FirstClientIdAsync(cancellationToken).ConfigureAwait(false);
        var created = resumed is not null && await api.FindTicketAsync(summary, cancellationToken).ConfigureAwait(false) is { Ok: true, Value: { } earlier }
            ? HaloResult<HaloTicket>.Of(earlier)
            : await api.CreateTicketOnceAsync(summary, "Made by Guide to prove Liongard's write permissions; safe to ignore.", client.Value, cancellationToken).ConfigureAwait(false);
        if (!created.Ok)
            return Stop(ProofCheckNames.TicketCreate, created.Problem!);
        var id = created.Value!.Id;
        checks.Add(new ProofCheckResult(ProofCheckNames.TicketCreate, CheckStatus.Pass, $"created ticket {id}"));

        var closed = await ChangeAsync(api, id, new JsonObject { ["status_id"] = HaloApi.ClosedStatus }, t => t.StatusId == HaloApi.ClosedStatus, cancellationToken).ConfigureAwait(false);
        if (closed is not null)
            return Stop(ProofCheckNames.TicketEdit, closed);
        checks.Add(new ProofCheckResult(ProofCheckNames.TicketEdit, CheckStatus.Pass, $"closed ticket {id} (read back)"));

        const string edited = "Edited by Guide after closing, to prove Liongard may edit closed tickets.";
        var reopened = await ChangeAsync(api, id, new JsonObject { ["details"] = edited }, t => t.Details == edited, cancellationToken).ConfigureAwait(false);
        if (reopened is not null)
            return Stop(ProofCheckNames.TicketEditClosed, reopened);
        checks.Add(new ProofCheckResult(ProofCheckNames.TicketEditClosed, CheckStatus.Pass, $"edited closed ticket {id} (read back)"));

        return new OutcomeBuilder().Checks(checks)
            .Build(AutomationStatus.Done, $"Created, closed and edited the closed test ticket {id}; it stays in HaloPSA, closed.", Used());
    }

    /// <summary>Changes the ticket and reads it back; null when the change holds, else the problem.</summary>
    private static async Task<Problem?> ChangeAsync(HaloApi api, int id, JsonObject fields, Func<HaloTicket, bool> holds, CancellationToken cancellationToken)
    {
        var change = await api.UpdateTicketAsync(id, fields, cancellationToken).ConfigureAwait(false);
        if (!change.Ok)
            return change.Problem;
        var readBack = await api.GetTicketAsync(id, cancellationToken).ConfigureAwait(false);
        if (!readBack.Ok)
            return readBack.Problem;
        return holds(readBack.Value!)
            ? null
            : new Problem($"GET /api/Tickets/{id}", 200, "HaloPSA accepted the change but the ticket read back without it.",
                "Check the agent's ticket permissions (Read and Modify, Can edit closed tickets) by hand.");
    }
}
