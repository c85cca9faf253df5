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
        var first = tmux.WaitFor("0 of 31 complete", "^Q quit", "HaloPSA web address:");
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

    [Fact]
    public void Killed_outright_then_started_again_resumes_with_nothing_lost()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("killed.json");
        using var tmux = new Tmux(dir.Path);

        tmux.Type($"{GuideProcess.Command} --offline --state {state}; echo EXIT=$?", enter: true);
        tmux.WaitFor("0 of 31 complete");
        tmux.Keys("Enter");
        tmux.Type("https://example.halopsa.com");
        tmux.WaitFor("OK: https://example.halopsa.com");
        tmux.Keys("Enter", "Space");
        tmux.WaitFor("1 of 31 complete");
        tmux.Keys("Space");
        tmux.WaitFor("2 of 31 complete");

        Kill("-KILL", state);
        tmux.WaitFor("EXIT=137");

        tmux.Type($"{GuideProcess.Command} --offline --state {state}; echo EXIT=$?", enter: true);
        var resumed = tmux.WaitFor("2 of 31 complete", "^Q quit");
        resumed.ShouldContain("[✓] done Log in to HaloPSA");
        resumed.ShouldContain("[✓] done Open Configuration");
        tmux.Keys("C-q");
        tmux.WaitFor("EXIT=0");
        RunStateJson.Deserialize(File.ReadAllText(state)).Values["instance_url"].ShouldBe("https://example.halopsa.com");
    }

    [Fact]
    public void Sigterm_ends_the_run_as_interrupted_with_the_terminal_restored()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("term.json");
        using var tmux = new Tmux(dir.Path);

        tmux.Type($"{GuideProcess.Command} --offline --state {state}; echo EXIT=$?", enter: true);
        tmux.WaitFor("0 of 31 complete");
        tmux.Keys("Down", "Space");
        tmux.WaitFor("1 of 31 complete");

        Kill("-TERM", state);

        var after = tmux.WaitFor("EXIT=130");
        after.ShouldContain("1 of 31 items complete.");
        tmux.Type("stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?icanon'; echo READY-$((40+2))", enter: true);
        tmux.WaitFor("READY-42").ShouldNotContain("-icanon");
    }

    [Fact]
    public void Term_linux_gets_ascii_markers_and_frames()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        using var tmux = new Tmux(dir.Path, width: 80, height: 24);

        tmux.Type($"TERM=linux {GuideProcess.Command} --offline --state {dir.File("s.json")}; echo EXIT=$?", enter: true);
        var screen = tmux.WaitFor("0 of 31 complete", "^Q quit", "HaloPSA web address:");
        screen.ShouldContain("[ ] open Log in to HaloPSA");
        screen.ShouldContain("== Step 1: Create the Liongard agent");
        screen.ShouldContain("Space tick | S skip");
        screen.ShouldNotContain("─");
        screen.ShouldNotContain("│");
        tmux.Keys("C-q");
        tmux.WaitFor("EXIT=0");
    }

    [Fact]
    public void Closing_the_terminal_ends_the_process_with_progress_saved()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("hangup.json");
        var tmux = new Tmux(dir.Path);
        try
        {
            tmux.Type($"{GuideProcess.Command} --offline --state {state}", enter: true);
            tmux.WaitFor("0 of 31 complete");
            tmux.Keys("Down", "Space");
            tmux.WaitFor("1 of 31 complete");
        }
        finally
        {
            tmux.Dispose();   // the terminal goes away: SIGHUP
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (Running(state) && watch.Elapsed < TimeSpan.FromSeconds(10))
            Thread.Sleep(100);
        Running(state).ShouldBeFalse("a guide whose terminal is gone must end, not spin");
        RunStateJson.Deserialize(File.ReadAllText(state)).StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.DoneByHand);
    }

    private static bool Running(string state)
    {
        using var pgrep = System.Diagnostics.Process.Start("pgrep", ["-f", $"guide(\\.dll)? --offline --state {state}"])!;
        pgrep.WaitForExit();
        return pgrep.ExitCode == 0;
    }

    /// <summary>Signals the guide started on <paramref name="state"/>, found by its command line.</summary>
    private static void Kill(string signal, string state)
    {
        using var pkill = System.Diagnostics.Process.Start("pkill", [signal, "-f", $"guide(\\.dll)? --offline --state {state}"])!;
        pkill.WaitForExit();
        pkill.ExitCode.ShouldBe(0, "the guide process should have been found");
    }
}
