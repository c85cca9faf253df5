using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>The built guide in a real terminal (tmux): what a person sees and what is left behind.</summary>
public sealed class TmuxOfflineTests
{
    private const string Secret = "Tmux-Secret-c41f0a9b3e";

    [Fact]
    public void Offline_run_survives_esc_saves_ticks_and_values_and_leaves_a_clean_shell()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        using var tmux = new Tmux(dir.Path, environment: new Dictionary<string, string> { ["XDG_STATE_HOME"] = dir.File("state") });

        tmux.Type($"{GuideProcess.Command} --offline; echo EXIT=$?", enter: true);
        var first = tmux.WaitFor("0 of 31 complete");
        first.ShouldContain("Guide: Create a Liongard API Account in HaloPSA [offline]");
        first.ShouldContain("Step 1: Create the Liongard agent");
        first.ShouldContain("^Q quit");

        tmux.Keys("Escape");
        Thread.Sleep(500);
        tmux.Screen().ShouldContain("0 of 31 complete", customMessage: "Esc must not end the run");
        tmux.Screen().ShouldNotContain("EXIT=");

        tmux.Keys("Down", "Space");
        tmux.WaitFor("1 of 31 complete");

        // To app.credentials (row 24 of the checklist, from row 3 where the selection moved).
        for (var i = 0; i < 21; i++)
            tmux.Keys("Down");
        tmux.WaitFor("Client ID:");
        tmux.Keys("Enter");
        tmux.Type("5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d");
        tmux.Keys("Enter");
        tmux.Type(Secret);
        tmux.WaitFor("OK: recorded (22 characters, hidden).");
        tmux.Keys("Enter");
        tmux.Keys("C-q");
        var after = tmux.WaitFor("EXIT=0");
        after.Replace("\n", "", StringComparison.Ordinal).ShouldContain("1 of 31 items complete. Progress is saved in " + dir.File("state/guide/liongard-halopsa.json"));

        // The tick and the values are on disk.
        var state = RunStateJson.Deserialize(File.ReadAllText(dir.File("state/guide/liongard-halopsa.json")));
        state.StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.DoneByHand);
        state.Values["client_secret"].ShouldBe(Secret);

        // The terminal is back in cooked mode with echo, and the shell takes commands.
        tmux.Type("stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(icanon|echo)' | tr '\\n' ' '; echo; echo READY-$((40+2))", enter: true);
        var shell = tmux.WaitFor("READY-42");
        shell.ShouldContain("icanon echo");
        shell.ShouldNotContain("-icanon");

        // The secret is nowhere but in the state file: not on screen, not in scrollback, not in other files.
        tmux.History().ShouldNotContain(Secret);
        foreach (var file in dir.AllFiles().Where(f => f != dir.File("state/guide/liongard-halopsa.json")))
            File.ReadAllText(file).ShouldNotContain(Secret, customMessage: file);
    }

    [Fact]
    public void Term_dumb_refuses_the_tui_at_once()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        using var tmux = new Tmux(dir.Path);

        tmux.Type($"TERM=dumb {GuideProcess.Command} --offline; echo EXIT=$?", enter: true);

        var screen = tmux.WaitFor("EXIT=2");
        screen.ShouldContain("guide: no terminal for the checklist (TERM is dumb)");
    }
}
