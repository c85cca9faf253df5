using Guide.Core.Runs;

namespace Guide.Core.Automation;

/// <summary>What an automation reports back; the runner records all of it in the run.</summary>
/// <param name="Items">Per item, when items fared differently; items not named follow <paramref name="Status"/>.</param>
/// <param name="Values">Values it found (recorded into the run).</param>
/// <param name="Facts">Facts for the report (see Reports.FactKeys).</param>
/// <param name="Requests">HTTP requests it made.</param>
public sealed record AutomationOutcome(
    AutomationStatus Status,
    string Summary,
    IReadOnlyDictionary<string, ItemOutcome> Items,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Facts,
    IReadOnlyList<ProofCheckResult> Checks,
    Problem? Problem,
    int Requests)
{
    public static AutomationOutcome Done(string summary, int requests) =>
        new(AutomationStatus.Done, summary, Empty<ItemOutcome>(), Empty<string>(), Empty<string>(), [], null, requests);

    public static AutomationOutcome Failed(Problem problem, int requests) =>
        new(AutomationStatus.Failed, problem.ToString(), Empty<ItemOutcome>(), Empty<string>(), Empty<string>(), [], problem, requests);

    public static AutomationOutcome Cancelled(string why, int requests) =>
        new(AutomationStatus.Cancelled, why, Empty<ItemOutcome>(), Empty<string>(), Empty<string>(), [], null, requests);

    /// <summary>A guess about Halo's API proved wrong: the items go back to their manual instructions.</summary>
    public static AutomationOutcome FellBack(string why, int requests) =>
        new(AutomationStatus.FellBack, why, Empty<ItemOutcome>(), Empty<string>(), Empty<string>(), [], null, requests);

    private static Dictionary<string, T> Empty<T>() => [];
}
