namespace Guide.Core.Reports;

// What a report template sees. Every string that came from a person or from HaloPSA is already
// escaped for Markdown here; templates print, they do not escape.

/// <param name="Value">A code span holding the value, or an italic placeholder when not recorded.</param>
/// <param name="Problem">Why the value cannot be used as it is, or empty.</param>
public sealed record ReportValue(string Key, string Label, string Value, bool Recorded, bool Secret, string Problem);

public sealed record ReportAgent(string Name, string Id, string ApiOnly, string Teams);

public sealed record ReportApplication(string Name, string LoginAs, string Scopes);

public sealed record ReportCheck(string Name, string Status, string Detail);

/// <param name="Box">A GitHub task box: [x] for done (by hand or automated), [ ] otherwise; <paramref name="How"/> says which.</param>
/// <param name="How">automated, by hand, skipped, failed or open.</param>
/// <param name="Note">The skip reason or the automation's detail, escaped.</param>
public sealed record ReportItem(string Id, string Box, string Text, string How, string When, string By, string Note, int Depth)
{
    /// <summary>Spaces that nest the item's list entry under its parent's.</summary>
    public string Indent => new(' ', Depth * 2);
}

public sealed record ReportStep(string Title, IReadOnlyList<ReportItem> Items);

public sealed record ReportModel(
    string Title,
    string GuideId,
    string GuideVersion,
    string Generated,
    string Date,
    string Mode,
    bool Redacted,
    string Hosting,
    string ApiBase,
    string TokenUrl,
    IReadOnlyDictionary<string, ReportValue> Values,
    IReadOnlyList<ReportValue> ValueList,
    ReportAgent Agent,
    ReportApplication Application,
    bool ProofRan,
    IReadOnlyList<ReportCheck> Checks,
    IReadOnlyList<ReportStep> Steps,
    int Complete,
    int Total,
    int HttpRequests,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> OpenItems,
    IReadOnlyList<string> Notes,
    string Mermaid);
