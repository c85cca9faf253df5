using Guide.Core.Reports;
using Guide.Core.Runs;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Reports;

public sealed class ReportTests
{
    private static readonly string Template = Repo.ReadContent("liongard-halopsa.report.scriban");

    private static string Render(Run run, bool redact = false) =>
        ReportRenderer.Render(Template, "liongard-halopsa.report.scriban", ReportBuilder.Build(run, TestRuns.Start.AddHours(1), redact));

    private static Run CompletedOfflineRun()
    {
        var (run, _, clock) = TestRuns.New();
        TestRuns.RecordAll(run);
        foreach (var item in run.Guide.Items)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (item.Id == "handoff.proof")
                run.Skip(item.Id, "No network here; run guide verify from the office").Succeeded.ShouldBeTrue();
            else if (item.Id != "handoff.write-proof")
                run.Tick(item.Id).Succeeded.ShouldBeTrue(item.Id);
        }
        return run;
    }

    [Fact]
    public void Offline_report_matches_its_golden_file() =>
        Golden.Match(Render(CompletedOfflineRun()), "offline.report.md");

    [Fact]
    public void Holds_the_five_values_in_one_table()
    {
        var report = Render(CompletedOfflineRun());
        report.ShouldContain("| Resource Server | `https://example.halopsa.com/api` |");
        report.ShouldContain("| Authorisation Server | `https://example.halopsa.com/auth` |");
        report.ShouldContain("| Tenant | `example` |");
        report.ShouldContain("| Client ID | `5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d` |");
        report.ShouldContain($"| Client Secret | `{TestRuns.Secret}` |");
        report.ShouldContain("Token URL: `https://example.halopsa.com/auth/token?tenant=example`");
        report.ShouldContain("hosted (a tenant is required)");
    }

    [Fact]
    public void Redaction_masks_the_secret_everywhere()
    {
        var report = Render(CompletedOfflineRun(), redact: true);
        report.ShouldNotContain(TestRuns.Secret);
        report.ShouldContain("| Client Secret | (redacted) |");
        report.ShouldContain("The Client Secret is redacted in this copy.");
    }

    [Fact]
    public void Self_hosted_instance_has_no_tenant_and_says_so()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("instance_url", "https://halo.example.local");
        run.SetValue("authorisation_server", "https://halo.example.local/auth");
        var report = Render(run);
        report.ShouldContain("| Tenant | _none (self-hosted)_ |");
        report.ShouldContain("self-hosted (no tenant)");
        report.ShouldContain("Token URL: `https://halo.example.local/auth/token`.");
    }

    [Fact]
    public void A_tenant_on_a_self_hosted_instance_is_reported_as_such_not_as_no_tenant()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("instance_url", "https://halo.example.local");
        run.SetValue("authorisation_server", "https://halo.example.local/auth");
        run.SetValue("tenant", "contoso");
        var report = Render(run);
        report.ShouldContain("self-hosted, with the tenant `contoso` recorded (self-hosted instances usually have none)");
        report.ShouldContain("Token URL: `https://halo.example.local/auth/token?tenant=contoso`");
        report.ShouldContain("- Tenant: a self-hosted HaloPSA has no tenant;");
    }

    [Fact]
    public void A_tenant_the_servers_own_authinfo_named_is_not_warned_about()
    {
        var (run, _, _) = TestRuns.New(RunMode.Sandbox);
        run.SetValue("instance_url", "http://127.0.0.1:5000");
        run.SetValue("authorisation_server", "http://127.0.0.1:5000/auth");
        run.SetValue("tenant", "sandbox");
        run.RecordFacts(new Dictionary<string, string> { [FactKeys.DiscoveredTenant] = "sandbox" });

        var report = Render(run);

        report.ShouldContain("with the tenant `sandbox` that its own /api/authinfo names");
        report.ShouldNotContain("usually have none");
        report.ShouldNotContain("has no tenant");
        run.Checks["tenant"].Warnings.ShouldBeEmpty();
        report.ShouldContain("Token URL: `http://127.0.0.1:5000/auth/token?tenant=sandbox`");
    }

    [Theory]
    [InlineData("Team | Injected", "`Team \\| Injected`")]
    [InlineData("back`tick", "``back`tick``")]
    [InlineData("`edge", "`` `edge ``")]
    [InlineData("<script>alert(1)</script>", "`<script>alert(1)</script>`")]
    [InlineData("# Heading", "`# Heading`")]
    public void Values_are_code_spans_that_cannot_break_the_table(string value, string expected)
    {
        MarkdownEscaper.Code(value).ShouldBe(expected);
        var (run, _, _) = TestRuns.New();
        run.SetValue("agent_name", value);
        run.SetValue("teams", value);
        var report = Render(run);
        report.ShouldContain($"| Name | {expected} |");
        report.ShouldNotContain("\n# Heading");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("<b>bold</b>", "\\<b\\>bold\\</b\\>")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("*x* _y_ [z](u)", "\\*x\\* \\_y\\_ \\[z\\](u)")]
    [InlineData("- dash first, self-hosted", "\\- dash first, self-hosted")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("Departments & Teams", "Departments & Teams")]
    [InlineData("a && b &; &#; &#x; & amp;", "a && b &; &#; &#x; & amp;")]
    [InlineData("&copy; &#169; &#x1F600; &amp;", "\\&copy; \\&#169; \\&#x1F600; \\&amp;")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("esc\u001b[31m", "esc\\<U+001B\\>\\[31m")]
    public void Prose_values_are_escaped(string value, string expected) =>
        MarkdownEscaper.Text(value).ShouldBe(expected);

    [Fact]
    public void A_skip_reason_with_markup_is_escaped_in_the_checklist()
    {
        var (run, _, _) = TestRuns.New();
        run.Skip("app.save", "| # <img src=x> `rm -rf`").Succeeded.ShouldBeTrue();
        var report = Render(run);
        report.ShouldContain("skipped, 2026-12-03 09:30 UTC, alex: \\| # \\<img src=x\\> \\`rm -rf\\`");
    }

    [Fact]
    public void Mermaid_labels_cannot_close_their_quotes()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("agent_name", "Evil\"] --> X[\"pwn");
        var report = Render(run);
        report.ShouldContain("agent[\"Agent: Evil#quot;] --#gt; X[#quot;pwn\"]");
    }

    [Fact]
    public void Lists_open_items_missing_values_and_the_faq_difference()
    {
        var (run, _, _) = TestRuns.New();
        var report = Render(run);
        report.ShouldContain("Liongard's FAQ asks for Customers *Read + Modify*");
        report.ShouldContain("- Client Secret is not recorded.");
        report.ShouldContain("- Open: Click **View Applications**. (Step 2: Create the Liongard API application)");
        report.ShouldContain("0 of 31 items complete.");
        report.ShouldContain("HTTP requests made by this run: 0.");
    }

    [Fact]
    public void A_broken_template_is_reported_with_its_name()
    {
        var (run, _, _) = TestRuns.New();
        var model = ReportBuilder.Build(run, TestRuns.Start, false);
        Should.Throw<ReportTemplateException>(() => ReportRenderer.Render("{{ if }}", "bad.scriban", model))
            .Message.ShouldStartWith("bad.scriban");
        Should.Throw<ReportTemplateException>(() => ReportRenderer.Render("{{ no_such_thing }}", "typo.scriban", model))
            .Message.ShouldContain("no_such_thing");
    }

    [Fact]
    public void The_generic_template_renders_any_guide()
    {
        var (run, _, _) = TestRuns.New();
        TestRuns.RecordAll(run);
        var report = ReportRenderer.Render(Repo.ReadContent("generic.report.scriban"), "generic", ReportBuilder.Build(run, TestRuns.Start, true));
        report.ShouldContain("| Resource Server | `https://example.halopsa.com/api` |");
        report.ShouldContain("| Client Secret | (redacted) |");
    }
}
