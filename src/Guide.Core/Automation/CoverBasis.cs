using System.Security.Cryptography;
using System.Text;

namespace Guide.Core.Automation;

/// <summary>
/// What a covering automation (the proof) proved, as a fingerprint kept in the run's facts: a
/// SHA-256 of the values it covers as they were when it ran, so neither the secret nor any other
/// value is written out again. A fingerprint that no longer matches the run's values, or one
/// cleared because an earlier automation changed HaloPSA since, makes the automation stale.
/// </summary>
public static class CoverBasis
{
    /// <summary>The fact that holds the fingerprint of <paramref name="automation"/>'s last run; empty when cleared.</summary>
    public static string FactKey(string automation) => $"covered.{automation}";

    public static string Of(IReadOnlyList<string> keys, IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        foreach (var key in keys)
            text.Append(key).Append('=').Append(values.GetValueOrDefault(key) ?? "").Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
