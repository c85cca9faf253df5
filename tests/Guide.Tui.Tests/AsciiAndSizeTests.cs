using Guide.Core.Automation;
using Guide.Tui.Tests.Fakes;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

[CollectionDefinition(nameof(ProcessWideLook), DisableParallelization = true)]
public sealed class ProcessWideLook;

/// <summary>Case H12 (dialogs included) and small screens. ASCII glyphs are process-wide, so these run alone.</summary>
[Collection(nameof(ProcessWideLook))]
public sealed class AsciiAndSizeTests
{
    [Fact]
    public void Ascii_mode_shows_boxes_words_and_plain_frames()
    {
        var options = new TuiOptions(Ascii: true, Monochrome: false, ModeLabel: "offline");
        GuideTui.ApplyTheme(options);
        try
        {
            using var harness = new TuiHarness(80, 24, options: options);
            harness.Run.SetValue("instance_url", "https://example.halopsa.com");
            harness.Run.Tick("agent.login");
            harness.Run.Skip("agent.open-agents", "already open");
            var script = new TuiScript()
                .Screen(s =>
                {
                    TuiScript.Row(s, "Log in to HaloPSA as").ShouldContain("[x] done");
                    TuiScript.Row(s, "Open Configuration > Te").ShouldContain("[-] skip ");
                    TuiScript.Row(s, "Click New").ShouldContain("[ ] open");
                    s.ShouldContain("== Step 1: Create the Liongard agent");
                    s.ShouldContain("Space tick | S skip");
                    s.ShouldNotContain("┌");
                    s.ShouldNotContain("✓");
                    s.ShouldNotContain("─");
                })
                .Key(Key.Q.WithCtrl);
            harness.Play(script);
        }
        finally
        {
            Terminal.Gui.Configuration.GlyphSettings.Current = Terminal.Gui.Configuration.GlyphSettings.Default;
        }
    }

    [Fact]
    public void Ascii_mode_draws_the_running_dialog_and_its_spinner_in_plain_ascii()
    {
        var options = new TuiOptions(Ascii: true, Monochrome: false, ModeLabel: "sandbox");
        GuideTui.ApplyTheme(options);
        try
        {
            var discover = new FakeAutomation(AutomationNames.Discover, async (_, host, ct) =>
            {
                host.Progress(new Activity("GET /api/authinfo"));
                await Task.Delay(Timeout.Infinite, ct);
                return AutomationOutcome.Done("unreachable", 0);
            });
            using var harness = new TuiHarness(80, 24, options: options, automations: new FakeCatalogue(discover));
            var script = new TuiScript()
                .WaitFor("Run them now?").Key(Key.Enter)
                .WaitFor("will do 3 items").Key(Key.Enter)
                .WaitFor("GET /api/authinfo")
                .Wait(TimeSpan.FromMilliseconds(300))                   // a few turns of the spinner
                .Screen(s =>
                {
                    s.ShouldContain("G go all");
                    s.Where(c => c > '~').ShouldBeEmpty();
                })
                .Key(Key.Esc)
                .WaitFor("halo.discover cancelled")
                .Key(Key.Q.WithCtrl);
            harness.Play(script);
            script.Screens.ShouldAllBe(s => s.All(c => c <= '~'));
        }
        finally
        {
            Terminal.Gui.Configuration.GlyphSettings.Current = Terminal.Gui.Configuration.GlyphSettings.Default;
        }
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(200, 60)]
    public void Every_part_is_on_screen_from_80x24_up(int width, int height)
    {
        using var harness = new TuiHarness(width, height);
        var script = new TuiScript()
            .Screen(s =>
            {
                s.ShouldContain("0 of 31 complete");
                s.ShouldContain("^Q quit");
                s.ShouldContain("Checklist");
                s.ShouldContain("Details");
                s.ShouldContain("HaloPSA web address:");
                s.Split('\n').Length.ShouldBeGreaterThanOrEqualTo(height);
            })
            .Key(Key.Q.WithCtrl);
        harness.Play(script);
    }
}
