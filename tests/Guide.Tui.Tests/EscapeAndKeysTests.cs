using Guide.Core.Runs;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>Case H11 and the other keys: nothing ends the run or loses input by accident.</summary>
public sealed class EscapeAndKeysTests
{
    [Fact]
    public void Esc_in_the_checklist_a_field_and_a_dialog_never_ends_the_run_or_loses_text()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Esc)
            .Key(Key.Enter).Type("halo.example.local").Key(Key.Esc)          // leave the field with Esc
            .Key(Key.Esc).Key(Key.Esc)
            .Key(Key.S).Type("half a reas").Key(Key.Esc)                    // close the dialog with Esc
            .Screen(s =>
            {
                s.ShouldContain("Not skipped.");
                s.ShouldContain("halo.example.local");
            })
            .Key(Key.S)
            .Screen(s => s.ShouldContain("half a reas"))                   // the draft survived
            .Type("on").Key(Key.Enter)
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        harness.Run.State.Values["instance_url"].ShouldBe("halo.example.local");
        harness.Run.StateOf("agent.login").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.Skipped),
            s => s.Reason.ShouldBe("half a reason"));
    }

    [Fact]
    public void Alt_letter_arriving_as_esc_then_letter_does_not_end_the_run()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Esc).Key(Key.X)
            .Key(Key.X.WithAlt)
            .Key(Key.Enter).Key(Key.Esc).Type("q")
            .Screen(s => s.ShouldContain("Guide: Create a Liongard API Account"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);
        harness.Run.State.Values.ShouldBeEmpty();
    }

    [Fact]
    public void Ctrl_c_ends_the_run_as_interrupted_with_progress_saved()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.CursorDown).Key(Key.Space)
            .Key(Key.C.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Interrupted);
        RunStateJson.Deserialize(harness.Store.LastJson!).StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.DoneByHand);
    }

    [Fact]
    public void Ctrl_c_in_a_dialog_ends_the_whole_run()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript().Key(Key.F1).Key(Key.C.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Interrupted);
    }

    [Fact]
    public void An_item_with_missing_values_is_not_ticked_and_says_what_is_missing()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Space)
            .Screen(s =>
            {
                s.ShouldContain("Record the HaloPSA web address first.");
                TuiScript.Row(s, "Log in to HaloPSA").ShouldContain("[ ] open");
            })
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);
        harness.Run.StateOf("agent.login").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void Ctrl_z_undoes_the_last_tick()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.CursorDown).Key(Key.Space)
            .Screen(s => s.ShouldContain("1 of 31 complete"))
            .Key(Key.Z.WithCtrl)
            .Screen(s => s.ShouldContain("0 of 31 complete"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
        harness.Run.StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void F1_and_question_mark_show_the_keys_and_the_state_path()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.F1)
            .Screen(s =>
            {
                s.ShouldContain("Ctrl+Q");
                s.ShouldContain("/state/liongard-halopsa.json");
            })
            .Key(Key.Esc)
            .Type("?")
            .Screen(s => s.ShouldContain("never ends the run"))
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);
    }

    [Fact]
    public void A_resumed_run_opens_at_the_first_open_item_with_its_ticks()
    {
        var state = RunState.New(TuiHarness.RealGuide.Id, "1", RunMode.Offline, DateTimeOffset.UnixEpoch) with
        {
            Values = RunState.New("x", "1", RunMode.Offline, DateTimeOffset.UnixEpoch).Values.Add("instance_url", "https://example.halopsa.com"),
        };
        using var harness = new TuiHarness(state: state);
        harness.Run.Tick("agent.login");
        harness.Run.Tick("agent.open-agents");
        var script = new TuiScript()
            .Screen(s =>
            {
                s.ShouldContain("2 of 31 complete");
                TuiScript.Row(s, "Log in to HaloPSA as an administr").ShouldContain("[✓] done");
                TuiScript.Line(s, "Click New to create an agent").ShouldContain("││Click New to create an agent");   // its details are shown
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }

    [Fact]
    public void A_paste_with_an_escape_sequence_is_refused_whole_and_a_clean_one_goes_in()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Enter)
            .Do(app => app.RaisePasteEvent("https://example.halopsa.com\u001b[31m"))
            .Screen(s => s.ShouldContain("Nothing was pasted: the copied text contains an escape character (U+001B)."))
            .Do(app => app.RaisePasteEvent("https://example.halopsa.com\n"))
            .Screen(s => s.ShouldContain("OK: https://example.halopsa.com"))
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);
        harness.Run.State.Values["instance_url"].ShouldBe("https://example.halopsa.com");
    }

    [Fact]
    public void Enter_on_an_item_without_values_does_not_tick_it()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.CursorDown).Key(Key.Enter)
            .Screen(s => s.ShouldContain("This item records no values; Space ticks it."))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
        harness.Run.StateOf("agent.open-agents").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void A_terminal_too_small_says_so_instead_of_drawing_a_jumble()
    {
        using var harness = new TuiHarness(50, 14);
        var script = new TuiScript()
            .Screen(s =>
            {
                s.ShouldContain("This terminal is 50x14.");
                s.ShouldContain("Guide needs at least 60x16");
                s.ShouldNotContain("Checklist");
            })
            .Do(app => app.Driver!.SetScreenSize(80, 24))
            .Screen(s => s.ShouldContain("0 of 31 complete"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }
}
