using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>Saving over an existing report: asked plainly, and the existing file kept unless the person says otherwise.</summary>
public sealed class ReplaceReportTests
{
    private const string Existing = "another customer's handoff";

    private static string Prepare(TuiHarness harness)
    {
        var path = Path.Combine(harness.Folder, "handoff.md");
        File.WriteAllText(path, Existing);
        return path;
    }

    [Fact]
    public void The_question_keeps_its_line_breaks_and_enter_keeps_the_existing_file()
    {
        using var harness = new TuiHarness();
        var path = Prepare(harness);
        var script = new TuiScript()
            .Key(Key.R).WaitFor("Handoff report").Key(Key.Enter)
            .WaitFor("Replace report?")
            .Screen(s =>
            {
                s.ShouldNotContain("<U+000A>");
                TuiScript.Line(s, "exists already; it may be").ShouldNotContain("handoff.md");
                TuiScript.Line(s, "handoff.md").ShouldNotContain("exists already");
                s.ShouldContain("Replace it?");
            })
            .Key(Key.Enter)                                               // the default: keep it
            .Screen(s => s.ShouldContain($"Report not saved: {path} exists already."))
            .Key(Key.Esc)
            .Screen(s => TuiScript.Line(s, "Report not saved").ShouldContain($"Report not saved: {path} exists already."))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        File.ReadAllText(path).ShouldBe(Existing);
        harness.Reports.Saved.ShouldBeEmpty();
    }

    [Fact]
    public void Esc_at_the_question_keeps_the_existing_file_and_says_so()
    {
        using var harness = new TuiHarness();
        var path = Prepare(harness);
        var script = new TuiScript()
            .Key(Key.R).WaitFor("Handoff report").Key(Key.Enter)
            .WaitFor("Replace report?").Key(Key.Esc)
            .Screen(s => s.ShouldContain($"Report not saved: {path} exists already."))
            .Key(Key.Esc)
            .Screen(s => s.ShouldContain($"Report not saved: {path} exists already."))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        File.ReadAllText(path).ShouldBe(Existing);
    }

    [Fact]
    public void Replace_chosen_on_purpose_overwrites()
    {
        using var harness = new TuiHarness();
        var path = Prepare(harness);
        var script = new TuiScript()
            .Key(Key.R).WaitFor("Handoff report").Key(Key.Enter)
            .WaitFor("Replace report?").Key(Key.R)
            .WaitFor("Report saved to " + path)
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        File.ReadAllText(path).ShouldContain("# Liongard and HaloPSA: handoff report");
    }
}
