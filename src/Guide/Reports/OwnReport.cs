using System.Security.Cryptography;
using System.Text;
using Guide.Core.Runs;

namespace Guide.Reports;

/// <summary>
/// Which existing report file <c>guide apply</c> may replace: only the one it last wrote for this
/// run, and only while nobody has changed it. The run state keeps that file's path and a SHA-256
/// of the text written; a file on disk with another hash was edited, or is someone else's.
/// </summary>
internal static class OwnReport
{
    /// <summary>Fact keys in the run state (not shown in the report).</summary>
    public const string PathFact = "report.path";

    public const string HashFact = "report.sha256";

    /// <summary>Null when the report may be written to <paramref name="target"/> (a full path); else why not.</summary>
    public static string? WhyNotReplace(Run run, string target)
    {
        if (!File.Exists(target))
            return null;
        var facts = run.State.Facts;
        if (facts.GetValueOrDefault(PathFact) != target || facts.GetValueOrDefault(HashFact) is not { Length: > 0 } written)
            return $"{target} exists and is not the report this run wrote (it may be another customer's handoff)";
        return Hash(File.ReadAllBytes(target)) == written ? null : $"{target} exists and was changed since Guide wrote it";
    }

    /// <summary>Records that <paramref name="text"/> is what Guide wrote to <paramref name="target"/>.</summary>
    public static void Remember(Run run, string target, string text) =>
        run.RecordFacts(new Dictionary<string, string> { [PathFact] = target, [HashFact] = Hash(Encoding.UTF8.GetBytes(text)) });

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
