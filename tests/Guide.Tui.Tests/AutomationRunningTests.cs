using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Tui.Tests.Fakes;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The running dialog: progress, the retry countdown, cancelling, and what each outcome leaves behind.</summary>
public sealed class AutomationRunningTests
{
    [Fact]
    public void A_wait_counts_down_and_esc_cancels_but_the_dialog_stays_until_the_automation_has_stopped()
    {
        var stopped = new TaskCompletionSource();
        TuiHarness? harnessRef = null;
        var discover = new FakeAutomation(AutomationNames.Discover, async (_, host, ct) =>
        {
            host.Progress(new Activity("GET /api/authinfo answered 429", harnessRef!.Clock.GetUtcNow().AddSeconds(27)));
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                await stopped.Task;   // the call in flight takes a while to give up
                throw;
            }
            return AutomationOutcome.Done("unreachable", 0);
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(discover));
        harnessRef = harness;
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Esc)
            .Key(Key.A).WaitFor("will do 3 items").Key(Key.Enter)
            .WaitFor("retrying in 27 s")
            .Screen(s => s.ShouldContain("GET /api/authinfo answered 429"))
            .Do(_ => harness.Clock.Advance(TimeSpan.FromSeconds(5)))
            .WaitFor("retrying in 22 s")                                  // the one-second tick, no new Activity
            .Key(Key.Esc)
            .WaitFor("Cancelling: waiting for the call in flight to stop")
            .Screen(s =>
            {
                s.ShouldContain("Automation: halo.discover");            // still open: the task has not stopped
                s.ShouldNotContain("retrying in");
            })
            .Do(_ => stopped.SetResult())
            .WaitFor("halo.discover cancelled: Cancelled; nothing more was sent.")
            .Screen(s =>
            {
                s.ShouldNotContain("Cancelling");
                TuiScript.Row(s, "Log in to HaloPSA").ShouldContain("[ ] open");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        discover.SawCancellation.ShouldBeTrue();
        harness.Run.StateOf("app.servers").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void A_failure_puts_the_items_back_to_by_hand_with_the_cause_on_screen()
    {
        var problem = new Problem("POST /api/Agent", 403, "The admin application may not create agents.", "Give it the admin permission in HaloPSA.");
        var agent = new FakeAutomation(AutomationNames.Agent, (_, _, _) => Task.FromResult(AutomationOutcome.Failed(problem, 2)));
        using var harness = new TuiHarness(automations: new FakeCatalogue(agent));
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Esc)
            .Key(Key.CursorDown)                                          // Open Configuration > Teams & Agents
            .Key(Key.A).WaitFor("will do 10 items").Key(Key.Enter)
            .WaitFor("halo.agent failed: POST /api/Agent answered 403")
            .Screen(s =>
            {
                TuiScript.Row(s, "Open Configuration > Teams").ShouldContain("[✗] fail");
                TuiScript.Row(s, "Customers access level").ShouldContain("[✗] fail");
                s.ShouldContain("automation failed");                  // the details pane, with the cause
                TuiScript.Flat(s).ShouldContain("403");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        var state = harness.Run.StateOf("agent.perm.tickets");
        state.Status.ShouldBe(ItemStatus.Failed);
        state.Detail.ShouldBe(problem.ToString());
        harness.Run.State.HttpRequests.ShouldBe(2);
    }

    [Fact]
    public void A_fall_back_completes_some_items_and_leaves_the_rest_by_hand_each_with_its_reason()
    {
        var application = new FakeAutomation(AutomationNames.Application, (_, _, _) => Task.FromResult(
            AutomationOutcome.FellBack("The application read back differently; finish it by hand.", 4) with
            {
                Items = new Dictionary<string, ItemOutcome>
                {
                    ["app.view"] = ItemOutcome.Completed("Opened the applications list."),
                    ["app.new"] = ItemOutcome.Completed("Created the application Liongard."),
                    ["app.name"] = ItemOutcome.ByHand("Its name read back as 'Liongard (1)'."),
                },
            }));
        using var harness = new TuiHarness(automations: new FakeCatalogue(application));
        var script = new TuiScript()
            .WaitFor("Guide can do 12 of the open items through HaloPSA's API. Run them now?")
            .Key(Key.Enter)
            .WaitFor("Fake halo.application will do 12 items.").Key(Key.Enter)
            .WaitFor("halo.application fell back: The application read back differently")
            .Screen(s =>
            {
                TuiScript.Row(s, "Click View Applications").ShouldContain("[✓] auto");
                TuiScript.Row(s, "Set Application Name").ShouldContain("[✗] fail");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        harness.Run.StateOf("app.new").Status.ShouldBe(ItemStatus.DoneAutomatically);
        harness.Run.StateOf("app.name").Detail.ShouldBe("Its name read back as 'Liongard (1)'.");
        harness.Run.StateOf("app.save").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.Failed),
            s => s.Detail.ShouldBe("The application read back differently; finish it by hand."));
    }

    [Fact]
    public void An_automation_that_throws_is_reported_without_its_message_and_changes_nothing()
    {
        var proof = new FakeAutomation(AutomationNames.Discover, (_, _, _) =>
            throw new InvalidOperationException("token request with client_secret=hunter2 failed"));
        using var harness = new TuiHarness(automations: new FakeCatalogue(proof));
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("will do 3 items").Key(Key.Enter)
            .WaitFor("stopped on an unexpected error (InvalidOperationException)")
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        script.Screens.ShouldAllBe(s => !s.Contains("hunter2"));
        harness.Run.StateOf("agent.login").Status.ShouldBe(ItemStatus.Open);
    }
}
