using System.Collections.Immutable;
using Guide.Core.Guides;

namespace Guide.Core.Values;

/// <summary>
/// Checks recorded values against their declarations. Messages never repeat a value, so a
/// secret cannot leak through one and a hostile value cannot reach the screen through one.
/// </summary>
public static class ValueValidator
{
    /// <summary>Longer than any real address, id or secret; a paste gone wrong.</summary>
    public const int MaxLength = 1000;

    /// <summary>Checks every declared value; whether a tenant is needed depends on the addresses.</summary>
    /// <param name="tenantFromServer">The tenant the instance's own /api/authinfo named, if it was asked.</param>
    public static ImmutableDictionary<string, ValueCheck> CheckAll(
        IEnumerable<ValueDefinition> definitions, IReadOnlyDictionary<string, string> raw, string? tenantFromServer = null)
    {
        var list = definitions.ToList();
        var hosted = IsHosted(list, raw);
        var checks = list.ToImmutableDictionary(d => d.Key, d => Check(d, raw.GetValueOrDefault(d.Key), hosted, tenantFromServer));
        foreach (var (key, extra) in HaloValueRules.CrossCheck(checks))
            checks = checks.SetItem(key, checks[key] with { Warnings = checks[key].Warnings.AddRange(extra) });
        return checks;
    }

    /// <summary>True when any recorded address is a hosted (halopsa.com) one.</summary>
    public static bool? IsHosted(IEnumerable<ValueDefinition> definitions, IReadOnlyDictionary<string, string> raw)
    {
        bool? hosted = null;
        foreach (var definition in definitions.Where(d => d.Kind == ValueKind.Url))
        {
            if (raw.GetValueOrDefault(definition.Key) is not { } text
                || Check(definition, text, hostedInstance: null).Normalised is not { } url)
            {
                continue;
            }
            var isHosted = HaloHost.IsHosted(new Uri(url).Host);
            hosted = (hosted ?? false) || isHosted;
        }
        return hosted;
    }

    /// <param name="hostedInstance">Whether the instance is hosted, when known; decides <see cref="Requirement.Hosted"/>.</param>
    /// <param name="tenantFromServer">
    /// The tenant the instance's own /api/authinfo named: the same value recorded for a
    /// <see cref="Requirement.Hosted"/> value is what the server asks for, whatever its address.
    /// </param>
    public static ValueCheck Check(ValueDefinition definition, string? raw, bool? hostedInstance, string? tenantFromServer = null)
    {
        var text = raw?.Trim() ?? "";
        var required = definition.Requirement == Requirement.Required
            || (definition.Requirement == Requirement.Hosted && hostedInstance == true);
        if (text.Length == 0)
            return new ValueCheck(definition.Key, null, required, [], []);

        if (text.Length > MaxLength)
            return Fail($"is too long ({text.Length} characters; at most {MaxLength})");
        if (TextSafety.FindUnsafe(text) is { } bad)
            return Fail($"contains {TextSafety.Describe(bad.Rune)} at position {bad.Index + 1}; retype it rather than paste it");

        var warnings = ImmutableArray.CreateBuilder<string>();
        string normalised;
        switch (definition.Kind)
        {
            case ValueKind.Url:
                var url = UrlNormaliser.Normalise(text, definition.Shape);
                if (url.Error is not null)
                    return Fail(url.Error);
                if (url.Warning is not null)
                    warnings.Add(url.Warning);
                normalised = url.Url!;
                break;
            case ValueKind.Guid:
                if (Guid.TryParse(text, out var guid))
                {
                    normalised = guid.ToString("D");
                }
                else
                {
                    normalised = text;
                    warnings.Add("does not look like a Client ID, which HaloPSA shows as a GUID (8-4-4-4-12 hexadecimal digits)");
                }
                break;
            case ValueKind.Secret:
                normalised = text;
                if (text.Any(char.IsWhiteSpace))
                    warnings.Add("contains a space; HaloPSA secrets have none, so check the copy");
                break;
            case ValueKind.List:
                var entries = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                if (entries.Count == 0)
                    return new ValueCheck(definition.Key, null, required, [], []);
                normalised = string.Join(", ", entries);
                break;
            default:
                normalised = text;
                if (definition.Requirement == Requirement.Hosted && hostedInstance == false
                    && !string.Equals(text, tenantFromServer?.Trim(), StringComparison.OrdinalIgnoreCase))
                    warnings.Add("a self-hosted HaloPSA has no tenant; leave this empty unless HaloPSA shows one");
                break;
        }
        return new ValueCheck(definition.Key, normalised, false, [], warnings.ToImmutable());

        ValueCheck Fail(string message) => new(definition.Key, null, false, [$"{definition.Label} {message}"], []);
    }
}
