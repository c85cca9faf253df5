using Guide.Core.Guides;

namespace Guide.Core.Automation;

/// <summary>What an automation is run on.</summary>
/// <param name="Items">The open items bound to it, in guide order.</param>
/// <param name="Values">The run's values, normalised, over the guide's defaults; unusable ones left out.</param>
/// <param name="Facts">What earlier automations found (see Reports.FactKeys).</param>
public sealed record AutomationRequest(
    GuideDocument Guide,
    IReadOnlyList<GuideItem> Items,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Facts)
{
    public string? Value(string key) => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public string? Fact(string key) => Facts.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
