using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Tui.Tests.Fakes;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>G, the start-up offer, the keys per mode, and quitting while an automation runs.</summary>
public sealed class AutomationFlowTests
{
    private static FakeAutomation Quick(string name) =>
        new(name, (_, _, _) => Outcomes.DoneAsync($"{name} did its part."));

    [Fact]
    public void G_runs_every_pending_automation_in_guide_order_and_stops_where_one_is_cancelled()
    {
        var discover = new FakeAutomation(AutomationNames.Discover, (_, _, _) => Outcomes.DoneAsync("Found the servers."),
            "Fake halo.discover will ask https://example.halopsa.com/api/authinfo where its Authorisation Server is, "
            + "and record the Resource Server, the Authorisation Server and the Tenant it names: three values, nothing changed.");
        var catalogue = new FakeCatalogue(Quick(AutomationNames.Proof), Quick(AutomationNames.Teams), Quick(AutomationNames.Agent), discover);
        using var harness = new TuiHarness(80, 24, automations: catalogue);
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Esc)
            .Screen(s =>
            {
                s.ShouldContain("A auto  G go all");
                s.ShouldContain("^Q quit");                              // the longer key line still fits 80 columns
            })
            .Key(Key.G)
            .WaitFor("Fake halo.discover will ask")
            .Screen(s => TuiScript.Flat(s).ShouldContain("nothing changed."))   // a long description wraps, whole
            .Key(Key.Enter)
            .WaitFor("Fake halo.agent will do").Key(Key.Enter)
            .WaitFor("Fake halo.teams will do").Key(Key.Esc)              // not this one: the sequence stops
            .WaitFor("halo.teams was not run; nothing changed. G stopped there (2 of 4 run).")
            .Key(Key.G)
            .WaitFor("Fake halo.teams will do").Key(Key.Enter)
            .WaitFor("Fake halo.proof will do").Key(Key.Enter)
            .WaitFor("Ran 2 automations; all done.")
            .Key(Key.G)
            .WaitFor("Nothing left to automate")
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        catalogue.Order.ShouldBe([AutomationNames.Discover, AutomationNames.Agent, AutomationNames.Teams, AutomationNames.Proof]);
        harness.Run.Guide.Items.Where(i => i.Bindings.Automation is not null and not AutomationNames.Application and not AutomationNames.WriteProof)
            .ShouldAllBe(i => harness.Run.StateOf(i.Id).Status == ItemStatus.DoneAutomatically);
    }

    [Fact]
    public void No_offer_when_nothing_is_left_to_automate()
    {
        var discover = Quick(AutomationNames.Discover);
        using var harness = new TuiHarness(automations: new FakeCatalogue(discover));
        foreach (var id in new[] { "agent.login", "app.open-api", "app.servers" })
            harness.Run.Skip(id, "done elsewhere");
        var script = new TuiScript()
            .Wait(TimeSpan.FromMilliseconds(200))
            .Screen(s => s.ShouldNotContain("Run them now?"))
            .Key(Key.CursorUp).Key(Key.A)
            .Screen(s => s.ShouldContain("Every item halo.discover does is complete"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
        discover.Runs.ShouldBe(0);
    }

    [Fact]
    public void Offline_A_and_G_say_to_do_it_by_hand_and_the_key_line_is_unchanged()
    {
        using var harness = new TuiHarness(80, 24);
        var script = new TuiScript()
            .Key(Key.A)
            .Screen(s =>
            {
                s.ShouldContain("Nothing is automated in offline mode; do it by hand and tick it.");
                s.ShouldContain("Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit");
                s.ShouldNotContain("Run them now?");
            })
            .Key(Key.G)
            .Screen(s => s.ShouldContain("Nothing is automated in offline mode; do the items by hand"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);
    }

    [Fact]
    public void Ctrl_c_while_an_automation_runs_cancels_it_first_then_ends_the_run()
    {
        var discover = new FakeAutomation(AutomationNames.Discover, async (_, host, ct) =>
        {
            host.Progress(new Activity("GET /api/authinfo"));
            await Task.Delay(Timeout.Infinite, ct);
            return AutomationOutcome.Done("unreachable", 0);
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(discover));
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("will do 3 items").Key(Key.Enter)
            .WaitFor("GET /api/authinfo")
            .Key(Key.C.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Interrupted);

        discover.SawCancellation.ShouldBeTrue();
        harness.Run.StateOf("agent.login").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void Ctrl_q_at_an_automations_question_cancels_it_and_quits()
    {
        var agent = new FakeAutomation(AutomationNames.Agent, async (_, host, ct) =>
        {
            var yes = await host.ConfirmAsync("Adopt the existing agent Liongard?", ct);
            return yes ? AutomationOutcome.Done("Adopted.", 1) : AutomationOutcome.Cancelled("Not adopted.", 1);
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(agent));
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("will do 10 items").Key(Key.Enter)
            .WaitFor("Adopt the existing agent Liongard?")
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        agent.SawCancellation.ShouldBeTrue();
        harness.Run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Open);
    }
}
