using Guide.Core.Guides;
using Guide.Core.Runs;

namespace Guide.Core.Automation;

/// <summary>
/// Runs the catalogue's automations on a run: gathers what each needs, hands the person's
/// questions to the host, and records every outcome (values, facts, checks, item states and the
/// number of requests) in the run, which saves it.
/// </summary>
public sealed class AutomationRunner(Run run, IAutomationCatalogue catalogue)
{
    public Run Run => run;

    /// <summary>The automations this mode has, with open items bound to them, in guide order.</summary>
    public IReadOnlyList<string> Pending() =>
        [.. run.Guide.Items
            .Where(i => i.Bindings.Automation is { } name && catalogue.Find(name) is not null && IsOpen(i))
            .Select(i => i.Bindings.Automation!)
            .Distinct()];

    public bool IsAvailable(string name) => catalogue.Find(name) is not null;

    public AutomationRequest RequestFor(string name) => new(
        run.Guide,
        [.. run.Guide.Items.Where(i => i.Bindings.Automation == name && IsOpen(i))],
        run.Checks.Where(c => c.Value.IsUsable && c.Value.Normalised is not null).ToDictionary(c => c.Key, c => c.Value.Normalised!),
        run.State.Facts);

    public string Describe(string name) => Find(name).Describe(RequestFor(name));

    public async Task<AutomationOutcome> RunAsync(string name, IAutomationHost host, CancellationToken cancellationToken)
    {
        var automation = Find(name);
        var request = RequestFor(name);
        AutomationOutcome outcome;
        try
        {
            outcome = await automation.RunAsync(request, new KeepingHost(host, run, name), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = AutomationOutcome.Cancelled("Cancelled; nothing more was sent.", 0);
        }
        Record(request.Items, outcome);
        return outcome;
    }

    private IAutomation Find(string name) =>
        catalogue.Find(name) ?? throw new InvalidOperationException($"this mode has no automation '{name}'");

    private bool IsOpen(GuideItem item) =>
        run.StateOf(item.Id).Status is ItemStatus.Open or ItemStatus.Failed;

    private void Record(IReadOnlyList<GuideItem> items, AutomationOutcome outcome)
    {
        if (outcome.Values.Count > 0)
            run.SetValues(outcome.Values, "automation values");
        if (outcome.Facts.Count > 0)
            run.RecordFacts(outcome.Facts);
        if (outcome.Checks.Count > 0)
            run.RecordChecks(outcome.Checks);
        run.CountRequests(outcome.Requests);

        foreach (var item in items)
        {
            var result = outcome.Items.GetValueOrDefault(item.Id) ?? outcome.Status switch
            {
                AutomationStatus.Done => ItemOutcome.Completed(outcome.Summary),
                AutomationStatus.Cancelled => null,
                _ => ItemOutcome.ByHand(outcome.Summary),
            };
            if (result is null)
                continue;
            if (result.Done)
                run.CompleteAutomatically(item.Id, result.Detail);
            else
                run.Fail(item.Id, result.Detail);
        }
    }

    /// <summary>The person's host, with <see cref="IAutomationHost.Keep"/> saving into the run at once.</summary>
    private sealed class KeepingHost(IAutomationHost inner, Run run, string name) : IAutomationHost
    {
        public Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken) => inner.ConfirmAsync(question, cancellationToken);

        public Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple, CancellationToken cancellationToken) =>
            inner.PickAsync(title, options, preselected, multiple, cancellationToken);

        public Task<string?> AskAsync(string question, bool secret, CancellationToken cancellationToken) => inner.AskAsync(question, secret, cancellationToken);

        public Task<Proof.ClientCredentials?> AdminCredentialsAsync(CancellationToken cancellationToken) => inner.AdminCredentialsAsync(cancellationToken);

        public void Keep(IReadOnlyDictionary<string, string> values)
        {
            // A failed save keeps the values in memory and says so on screen; the work goes on.
            run.SetValues(values, $"{name} values");
            inner.Keep(values);
        }

        public void KeepFacts(IReadOnlyDictionary<string, string> facts)
        {
            run.RecordFacts(facts);
            inner.KeepFacts(facts);
        }

        public void Progress(Activity activity) => inner.Progress(activity);
    }
}
