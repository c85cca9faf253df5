using System.Text.RegularExpressions;
using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>
/// The built guide in real terminals of several kinds (tmux): sizes, a resize mid-run, NO_COLOR,
/// a console without line-drawing glyphs, and Ctrl+C. Each checks the screen and the state file.
/// </summary>
public sealed partial class TmuxTerminalTests
{
    private const string Title = "Guide: Create a Liongard API Account in HaloPSA [offline]";
    private const string KeyLine = "Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit";
    private const string AsciiKeyLine = "Space tick | S skip | Enter type | ^Z undo | R report | F1 help | ^Q quit";

    /// <summary>The help of the first item, whole, as the Details pane must show it at any size.</summary>
    private const string FirstItemHelp = "Log in to HaloPSA as an administrator. Use the web address you normally log in to, "
        + "for example https://example.halopsa.com on a hosted instance, or your own host name on a self-hosted one.";

    [Fact]
    public void At_80x24_the_first_screen_shows_title_progress_both_panes_and_the_whole_key_line()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        using var tmux = new Tmux(dir.Path, width: 80, height: 24);

        var screen = Start(tmux, dir.File("s.json"));

        ScreenText.FrameIs(screen, 80, 24).ShouldBeTrue("the frame should fill 80x24 exactly:\n" + screen);
        var lines = ScreenText.Lines(screen);
        lines[0].ShouldStartWith("┌┤" + Title + "├");
        lines[1].ShouldStartWith("│0 of 31 complete");
        lines[^2].ShouldBe("│" + KeyLine.PadRight(78) + "│", "the key-help line, whole, inside the frame");
        screen.ShouldContain("╭┤Checklist├");
        screen.ShouldContain("╭┤Details├");
        screen.ShouldContain("╭┤Values├");

        // The list is cut at the pane's edge, but never before the box and the status, and the step
        // heading is whole; the selected item's whole text is in Details, wrapped rather than cut.
        var checklist = ScreenText.Pane(screen, "Checklist");
        checklist[0].ShouldStartWith("── Step 1: Create the Liongard agent");
        var items = checklist.Skip(1).Where(l => !l.StartsWith("──", StringComparison.Ordinal)).ToList();
        items.Count.ShouldBeGreaterThanOrEqualTo(15);
        items.ShouldAllBe(l => Regex.IsMatch(l, @"^ {2,4}\[ \] open \S"));
        checklist.ShouldContain("  [ ] open Log in to HaloPSA as an ad");
        ScreenText.PaneProse(screen, "Details").ShouldStartWith(FirstItemHelp);
        ScreenText.Pane(screen, "Values")[0].ShouldBe("HaloPSA web address:");

        tmux.Keys("C-q");
        tmux.WaitFor("EXIT=0");
    }

    [Fact]
    public void At_200x60_the_extra_room_shows_every_item_whole()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        using var tmux = new Tmux(dir.Path, width: 200, height: 60);

        var screen = Start(tmux, dir.File("s.json"));

        ScreenText.FrameIs(screen, 200, 60).ShouldBeTrue("the frame should fill 200x60 exactly:\n" + screen);
        var lines = ScreenText.Lines(screen);
        lines[0].ShouldStartWith("┌┤" + Title + "├");
        lines[1].ShouldStartWith("│0 of 31 complete");
        lines[^2].ShouldBe("│" + KeyLine.PadRight(198) + "│");

        // All 31 items and the three steps fit at once, and texts cut at 80 columns are whole here.
        var checklist = ScreenText.Pane(screen, "Checklist");
        checklist.Count(l => l.Contains("[ ] open ", StringComparison.Ordinal)).ShouldBe(31);
        checklist.ShouldContain("── Step 1: Create the Liongard agent ──");
        checklist.ShouldContain("── Step 2: Create the Liongard API application ──");
        checklist.ShouldContain("── Step 3: Prove it and hand over ──");
        checklist.ShouldContain("  [ ] open Log in to HaloPSA as an administrator.");
        checklist.ShouldContain("  [ ] open Open Configuration > Teams & Agents > Agents.");
        checklist.ShouldContain("    [ ] open Can edit advanced ticket details: Yes.");
        checklist.ShouldContain("  [ ] open Set Authentication Method to Client ID and Secret (Services).");
        checklist.ShouldContain("  [ ] open Hand the values to the Liongard side with the handoff report.");

        // Details and Values use the width too: long lines, and the value's hint whole.
        ScreenText.Pane(screen, "Details").ShouldContain(
            "Use the web address you normally log in to, for example https://example.halopsa.com on a hosted");
        ScreenText.PaneProse(screen, "Details").ShouldStartWith(FirstItemHelp);
        ScreenText.Pane(screen, "Values").ShouldContain("Required. The address you log in to, for example https://example.halopsa.com");

        tmux.Keys("C-q");
        tmux.WaitFor("EXIT=0");
    }

    [Fact]
    public void A_resize_mid_run_redraws_the_screen_and_work_goes_on()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("resized.json");
        using var tmux = new Tmux(dir.Path, width: 100, height: 30);
        Start(tmux, state);

        Redrawn(tmux, 80, 24, "0 of 31 complete");
        tmux.Keys("Down", "Space");
        tmux.WaitFor("1 of 31 complete");

        // A tick moves the selection to the next item, so Space alone goes on down the list.
        var wide = Redrawn(tmux, 200, 60, "1 of 31 complete");
        ScreenText.Pane(wide, "Checklist").ShouldContain("  [✓] done Open Configuration > Teams & Agents > Agents.");
        tmux.Keys("Space");
        tmux.WaitFor("2 of 31 complete");

        Redrawn(tmux, 100, 30, "2 of 31 complete");

        // Below 60x16 the checklist gives way to a message; growing back brings it back as it was.
        tmux.Resize(59, 16);
        var small = tmux.WaitFor("This terminal is 59x16.", "Guide needs at least 60x16");
        small.ShouldNotContain("of 31 complete");
        small.ShouldNotContain("Checklist");
        tmux.Resize(50, 14);
        tmux.WaitFor("This terminal is 50x14.", "Guide needs at least 60x16");
        var back = Redrawn(tmux, 100, 30, "2 of 31 complete");
        back.ShouldNotContain("This terminal is");
        ScreenText.Pane(back, "Checklist").ShouldContain("  [✓] done Click New to create an agent, or ope");

        tmux.Keys("Space");
        tmux.WaitFor("3 of 31 complete");
        tmux.Keys("C-q");
        tmux.WaitFor("EXIT=0");

        var saved = RunStateJson.Deserialize(File.ReadAllText(state));
        saved.StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.DoneByHand);
        saved.StateOf("agent.new").Status.ShouldBe(ItemStatus.DoneByHand);
        saved.StateOf("agent.details").Status.ShouldBe(ItemStatus.DoneByHand);
        saved.StateOf("agent.login").Status.ShouldBe(ItemStatus.Open);
    }

    /// <summary>Starts the offline checklist on <paramref name="state"/> and waits for its first full screen.</summary>
    private static string Start(Tmux tmux, string state, string prefix = "")
    {
        tmux.Type($"{prefix}{GuideProcess.Command} --offline --state {state}; echo EXIT=$?", enter: true);
        return tmux.WaitFor("0 of 31 complete", "^Q quit", "HaloPSA web address:");
    }

    /// <summary>Resizes, then waits for the frame to fill the new size with title, progress and key line whole.</summary>
    private static string Redrawn(Tmux tmux, int width, int height, string progress)
    {
        tmux.Resize(width, height);
        var screen = tmux.WaitUntil(s => ScreenText.FrameIs(s, width, height) && s.Contains(KeyLine, StringComparison.Ordinal), $"redrawn at {width}x{height}");
        var lines = ScreenText.Lines(screen);
        lines[0].ShouldStartWith("┌┤" + Title + "├");
        lines[1].ShouldStartWith("│" + progress);
        lines[^2].ShouldBe("│" + KeyLine.PadRight(width - 2) + "│");
        screen.ShouldContain("╭┤Checklist├");
        screen.ShouldContain("╭┤Details├");
        return screen;
    }
}
