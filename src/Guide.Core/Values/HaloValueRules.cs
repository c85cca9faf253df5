namespace Guide.Core.Values;

/// <summary>
/// Checks across values: the addresses of one HaloPSA instance live on one host, so addresses
/// on different hosts are probably a paste from the wrong page or the wrong customer.
/// </summary>
internal static class HaloValueRules
{
    private static readonly (string Key, string Label)[] Addresses =
    [
        (HaloValueKeys.InstanceUrl, "HaloPSA web address"),
        (HaloValueKeys.ResourceServer, "Resource Server"),
        (HaloValueKeys.AuthorisationServer, "Authorisation Server"),
    ];

    /// <returns>Extra warnings per key.</returns>
    public static Dictionary<string, List<string>> CrossCheck(IReadOnlyDictionary<string, ValueCheck> checks)
    {
        var warnings = new Dictionary<string, List<string>>();
        var first = Addresses
            .Select(a => (a.Key, a.Label, Host: checks.GetValueOrDefault(a.Key)?.Normalised is { } url ? new Uri(url).Authority : null))
            .Where(a => a.Host is not null)
            .ToList();
        if (first.Count < 2)
            return warnings;
        var anchor = first[0];
        foreach (var other in first.Skip(1).Where(o => !string.Equals(o.Host, anchor.Host, StringComparison.OrdinalIgnoreCase)))
        {
            if (!warnings.TryGetValue(other.Key, out var list))
                warnings[other.Key] = list = [];
            list.Add($"is on {other.Host}, but the {anchor.Label} is on {anchor.Host}; they are normally on the same host");
        }
        return warnings;
    }
}
