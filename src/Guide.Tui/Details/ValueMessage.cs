using Guide.Core.Guides;
using Guide.Core.Runs;
using Guide.Core.Values;

namespace Guide.Tui.Details;

/// <summary>The one line under a value field: what is wrong with it, or what Guide will use.</summary>
internal static class ValueMessage
{
    public static string For(ValueDefinition definition, Run run)
    {
        var check = run.Checks[definition.Key];
        if (!check.Errors.IsEmpty)
            return "Error: " + check.Errors[0];
        if (check.IsMissing)
            return "Required. " + (definition.Hint ?? "");
        if (check.Normalised is not { } value)
            return definition.Hint ?? "Optional.";
        var warning = check.Warnings.IsEmpty ? "" : $" Warning: {check.Warnings[0]}.";
        if (definition.IsSecret)
            return $"OK: recorded ({value.Length} characters, hidden).{warning}";
        return definition.Key switch
        {
            HaloValueKeys.ResourceServer => $"OK: API base {value}{warning}",
            HaloValueKeys.AuthorisationServer =>
                $"OK: token URL {HaloValueKeys.TokenUrl(value, run.Checks.GetValueOrDefault(HaloValueKeys.Tenant)?.Normalised)}{warning}",
            _ => $"OK: {value}{warning}",
        };
    }
}
