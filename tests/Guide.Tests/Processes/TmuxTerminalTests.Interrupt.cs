using System.Text.RegularExpressions;
using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>Ctrl+C: exit 130, the last change saved, and the shell left usable.</summary>
public sealed partial class TmuxTerminalTests
{
    [Fact]
    public void Ctrl_c_in_the_checklist_exits_130_with_the_terminal_usable_and_the_last_tick_saved()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("interrupted.json");
        using var tmux = new Tmux(dir.Path, width: 80, height: 24);
        Start(tmux, state);
        tmux.Keys("Down", "Space");
        tmux.WaitFor("1 of 31 complete");
        tmux.Keys("Space");   // the tick moved the selection on
        tmux.WaitFor("2 of 31 complete");

        tmux.Keys("C-c");

        var after = tmux.WaitFor("EXIT=130");
        after.ShouldContain("2 of 31 items complete.");
        ShouldLeaveAUsableTerminal(tmux);
        var saved = RunStateJson.Deserialize(File.ReadAllText(state));
        saved.StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.DoneByHand);
        saved.StateOf("agent.new").Status.ShouldBe(ItemStatus.DoneByHand);
    }

    [Fact]
    public void Ctrl_c_with_a_dialog_open_exits_130_with_the_terminal_usable_and_the_last_change_saved()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("interrupted.json");
        using var tmux = new Tmux(dir.Path, width: 80, height: 24);
        Start(tmux, state);
        tmux.Keys("Enter");
        tmux.Type("https://example.halopsa.com");
        tmux.WaitFor("OK: https://example.halopsa.com");
        tmux.Keys("Enter", "Space");
        tmux.WaitFor("1 of 31 complete");
        tmux.Keys("F1");
        tmux.WaitFor("Every change is saved at once to:");

        tmux.Keys("C-c");

        var after = tmux.WaitFor("EXIT=130");
        after.ShouldContain("1 of 31 items complete.");
        ShouldLeaveAUsableTerminal(tmux);
        var saved = RunStateJson.Deserialize(File.ReadAllText(state));
        saved.Values["instance_url"].ShouldBe("https://example.halopsa.com");
        saved.StateOf("agent.login").Status.ShouldBe(ItemStatus.DoneByHand);
    }


    /// <summary>
    /// After the guide has gone: cooked mode with echo, a shell that takes commands, nothing stray
    /// typed at the prompt (late terminal answers) and no escape sequences left on screen.
    /// </summary>
    private static void ShouldLeaveAUsableTerminal(Tmux tmux)
    {
        Thread.Sleep(300);
        var lines = ScreenText.Lines(tmux.Screen()).Where(l => l.Length > 0).ToList();
        lines[^1].ShouldBe("$", "the prompt, with nothing stray typed after it");
        tmux.ScreenWithAttributes().ShouldNotContain("\u001b", customMessage: "no attributes or colours left on the shell's screen");

        tmux.Type("stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(icanon|echo)' | tr '\\n' ' '; echo; echo READY-$((40+2))", enter: true);
        var shell = tmux.WaitFor("READY-42");
        shell.ShouldContain("icanon echo");
        shell.ShouldNotContain("-icanon");
        shell.ShouldNotContain("-echo ");

        var history = tmux.History();
        history.ShouldNotContain("\u001b");
        history.ShouldNotContain("^[");
        StrayAnswer().Matches(history).Select(m => m.Value).ShouldBeEmpty("terminal answers or sequences printed as text");
    }

    [GeneratedRegex(@"\[\??[0-9]+(;[0-9]+)*[A-Za-z~]|\][0-9]+;")]
    private static partial Regex StrayAnswer();
}
