using Guide.Core.Reports;
using Guide.Core.Runs;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Abuse;

/// <summary>
/// Hostile values: control characters, ANSI escape sequences, direction marks, zero-width
/// characters, 10,000 characters. Refused, and never written raw into the report.
/// </summary>
public sealed class ValueAbuseTests
{
    public static TheoryData<string, string> Hostile() => new()
    {
        { "ansi", "https://example.halopsa.com\u001b[2J\u001b[31m" },
        { "osc title", "Liongard\u001b]0;pwned\u0007" },
        { "bell", "Lion\u0007gard" },
        { "rtl override", "Liongard\u202Egnp.exe" },
        { "rtl mark", "\u200FLiongard" },
        { "zero width", "Lion\u200Bgard" },
        { "bom", "\uFEFFLiongard" },
        { "nul", "Lion\0gard" },
        { "newline", "Lion\ngard" },
        { "line separator", "Lion\u2028gard" },
        { "ten thousand", new string('A', 10_000) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_values_are_refused_for_every_key_and_never_reach_the_report_raw(string name, string value)
    {
        var (run, _, _) = TestRuns.New();
        foreach (var definition in run.Guide.Values)
        {
            run.SetValue(definition.Key, value).Succeeded.ShouldBeTrue("kept as typed, so nothing is lost");
            var check = run.Checks[definition.Key];
            check.IsUsable.ShouldBeFalse($"{name} in {definition.Key}");
            check.Errors.ShouldHaveSingleItem().ShouldNotContain(value.Length > 20 ? value[..20] : value);
        }

        var report = ReportRenderer.Render(Repo.ReadContent("liongard-halopsa.report.scriban"), "t", ReportBuilder.Build(run, TestRuns.Start, false));
        foreach (var c in report)
        {
            if (c is '\n')
                continue;
            (char.IsControl(c) || c is '\u200B' or '\u200F' or '\u202E' or '\uFEFF' or '\u2028').ShouldBeFalse($"{name}: U+{(int)c:X4} reached the report");
        }
        report.ShouldNotContain(new string('A', 100));
    }

    [Fact]
    public void Escape_sequences_in_server_text_are_neutralised_in_the_report()
    {
        var (run, _, _) = TestRuns.New(RunMode.Sandbox);
        run.RecordFacts(new Dictionary<string, string> { ["agent.name"] = "Evil\u001b[31m|agent", ["agent.teams"] = "A\u202Eb" });
        run.RecordChecks([new ProofCheckResult("agent-me", CheckStatus.Pass, "logs in as \u001b]0;x\u0007")]);
        var report = ReportRenderer.Render(Repo.ReadContent("liongard-halopsa.report.scriban"), "t", ReportBuilder.Build(run, TestRuns.Start, false));
        report.ShouldNotContain("\u001b");
        report.ShouldNotContain("\u202E");
        report.ShouldNotContain("\u0007");
        report.ShouldContain("<U+001B>");
    }
}
