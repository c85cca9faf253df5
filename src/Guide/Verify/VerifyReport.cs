using System.Text;
using System.Text.Json;
using Guide.Core.Proof;
using Guide.Core.Runs;

namespace Guide.Verify;

/// <summary>How `guide verify` shows a proof: readable lines, or JSON (one object per check).</summary>
internal static class VerifyReport
{
    public static string Text(HaloTarget target, ProofResult result, TimeSpan took)
    {
        var b = new StringBuilder();
        b.Append("API base:   ").AppendLine(target.ResourceServer);
        b.Append("Token URL:  ").AppendLine(target.TokenUrl);
        b.AppendLine();
        var width = result.Checks.Select(c => c.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var check in result.Checks)
            b.Append(Word(check.Status).ToUpperInvariant().PadRight(5)).Append(check.Name.PadRight(width + 2)).AppendLine(check.Detail);
        b.AppendLine();
        var warnings = result.Checks.Count(c => c.Status == CheckStatus.Warn);
        var verdict = result.Failed ? "FAILED" : warnings > 0 ? $"passed with {warnings} warning(s)" : "passed";
        b.AppendLine($"Result: {verdict} ({result.Requests} HTTP requests, {took.TotalSeconds:0.0} s)");
        return b.ToString();
    }

    public static string Json(ProofResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var check in result.Checks)
            {
                writer.WriteStartObject();
                writer.WriteString("name", check.Name);
                writer.WriteString("status", Word(check.Status));
                writer.WriteString("detail", check.Detail);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Word(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        _ => "fail",
    };
}
