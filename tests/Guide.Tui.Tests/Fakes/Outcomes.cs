using Guide.Core.Automation;

namespace Guide.Tui.Tests.Fakes;

/// <summary>Short ways to the outcomes the fakes report.</summary>
internal static class Outcomes
{
    public static AutomationOutcome Done(string summary, params (string Key, string Value)[] values) =>
        AutomationOutcome.Done(summary, 1) with { Values = values.ToDictionary(v => v.Key, v => v.Value) };

    public static Task<AutomationOutcome> DoneAsync(string summary) => Task.FromResult(Done(summary));
}
