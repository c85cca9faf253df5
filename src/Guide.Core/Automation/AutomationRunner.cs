using Guide.Core.Guides;
using Guide.Core.Runs;

namespace Guide.Core.Automation;

/// <summary>
/// Runs the catalogue's automations on a run: gathers what each needs, hands the person's
/// questions to the host, and records every outcome (values, facts, checks, item states and the
/// number of requests) in the run, which saves it. An automation that covers values (the proof)
/// is due again once what it proved has changed: see <see cref="IAutomation.Covers"/>.
/// </summary>
public sealed class AutomationRunner(Run run, IAutomationCatalogue catalogue)
{
    /// <summary>What running a covering automation says when nothing it covers has changed.</summary>
    public const string UpToDate = "Every item it does is complete, and nothing it proved has changed since it ran; not run again.";

    public Run Run => run;

    /// <summary>
    /// The automations this mode has that have something to do, in guide order: open items, a
    /// stale result, or (for a covering automation) an earlier automation still to run that may
    /// change HaloPSA, which would make its result stale by the time its turn comes. Ask again
    /// before each run: an automation that was pending may have nothing to do by its turn.
    /// </summary>
    public IReadOnlyList<string> Pending() =>
        [.. Names().Where(name => catalogue.Find(name) is not null && (ItemsFor(name).Count > 0 || MayGoStale(name)))];

    public bool IsAvailable(string name) => catalogue.Find(name) is not null;

    public AutomationRequest RequestFor(string name) => new(run.Guide, ItemsFor(name), Values(), run.State.Facts);

    public string Describe(string name) => Find(name).Describe(RequestFor(name));

    public async Task<AutomationOutcome> RunAsync(string name, IAutomationHost host, CancellationToken cancellationToken)
    {
        var automation = Find(name);
        var request = RequestFor(name);
        var basis = automation.Covers.Count > 0 ? CoverBasis.Of(automation.Covers, request.Values) : null;
        if (basis is not null && request.Items.Count == 0)
            return AutomationOutcome.Done(UpToDate, 0);
        AutomationOutcome outcome;
        try
        {
            outcome = await automation.RunAsync(request, new KeepingHost(host, run, name, () => Changed(name)), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = AutomationOutcome.Cancelled("Cancelled; nothing more was sent.", 0);
        }
        Record(request.Items, outcome);
        if (basis is not null && outcome.Status != AutomationStatus.Cancelled)
            run.RecordFacts(new Dictionary<string, string> { [CoverBasis.FactKey(name)] = basis });
        return outcome;
    }

    private IAutomation Find(string name) =>
        catalogue.Find(name) ?? throw new InvalidOperationException($"this mode has no automation '{name}'");

    /// <summary>Every automation the guide binds items to, in the order of their first item.</summary>
    private IEnumerable<string> Names() => run.Guide.Items.Select(i => i.Bindings.Automation).OfType<string>().Distinct();

    private IEnumerable<GuideItem> Bound(string name) => run.Guide.Items.Where(i => i.Bindings.Automation == name);

    private Dictionary<string, string> Values() =>
        run.Checks.Where(c => c.Value.IsUsable && c.Value.Normalised is not null).ToDictionary(c => c.Key, c => c.Value.Normalised!);

    /// <summary>Its open items, and, when its result is stale, the items it completed too (they are done again, or fail).</summary>
    private List<GuideItem> ItemsFor(string name)
    {
        var stale = IsStale(name);
        return [.. Bound(name).Where(i => IsOpen(i) || (stale && IsAutomated(i)))];
    }

    /// <summary>
    /// A covering automation whose items it completed stand for values other than the run's now:
    /// the fingerprint recorded when it ran differs, was cleared by a later change to HaloPSA, or
    /// was never recorded.
    /// </summary>
    private bool IsStale(string name) =>
        catalogue.Find(name) is { Covers.Count: > 0 } automation
        && Bound(name).Any(IsAutomated)
        && run.State.Facts.GetValueOrDefault(CoverBasis.FactKey(name)) != CoverBasis.Of(automation.Covers, Values());

    /// <summary>A covering automation that completed its items, with an automation before it that may yet change HaloPSA.</summary>
    private bool MayGoStale(string name) =>
        catalogue.Find(name) is { Covers.Count: > 0 }
        && Bound(name).Any(IsAutomated)
        && Names().TakeWhile(n => n != name).Any(n => catalogue.Find(n) is { ChangesTenant: true } && Bound(n).Any(IsOpen));

    /// <summary>A confirmed change to HaloPSA clears the fingerprint of every covering automation after this one.</summary>
    private void Changed(string name)
    {
        var later = Names().SkipWhile(n => n != name).Skip(1)
            .Where(n => catalogue.Find(n) is { Covers.Count: > 0 } && !string.IsNullOrEmpty(run.State.Facts.GetValueOrDefault(CoverBasis.FactKey(n))))
            .ToDictionary(CoverBasis.FactKey, _ => "");
        if (later.Count > 0)
            run.RecordFacts(later);
    }

    private bool IsOpen(GuideItem item) =>
        run.StateOf(item.Id).Status is ItemStatus.Open or ItemStatus.Failed;

    private bool IsAutomated(GuideItem item) => run.StateOf(item.Id).Status == ItemStatus.DoneAutomatically;

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

    /// <summary>
    /// The person's host, with <see cref="IAutomationHost.Keep"/> saving into the run at once, and
    /// a yes to a question noted as a change to HaloPSA (automations change it only after asking).
    /// </summary>
    private sealed class KeepingHost(IAutomationHost inner, Run run, string name, Action changed) : IAutomationHost
    {
        public async Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken)
        {
            var yes = await inner.ConfirmAsync(question, cancellationToken).ConfigureAwait(false);
            if (yes)
                changed();
            return yes;
        }

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
