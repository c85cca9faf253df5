using Guide.Core.Runs;

namespace Guide.Core.Automation;

/// <summary>What an automation reports back; the run records all of it.</summary>
/// <param name="Values">Values it found (recorded into the run).</param>
/// <param name="Facts">Facts for the report (see Reports.FactKeys).</param>
/// <param name="Requests">HTTP requests it made.</param>
public sealed record AutomationOutcome(
    AutomationStatus Status,
    string Summary,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Facts,
    IReadOnlyList<ProofCheckResult> Checks,
    Problem? Problem,
    int Requests);
