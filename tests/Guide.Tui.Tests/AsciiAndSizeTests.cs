using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

[CollectionDefinition(nameof(ProcessWideLook), DisableParallelization = true)]
public sealed class ProcessWideLook;

/// <summary>Case H12 and small screens. ASCII glyphs are process-wide, so these run alone.</summary>
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
