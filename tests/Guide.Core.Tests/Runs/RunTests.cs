using Guide.Core.Runs;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Runs;

public sealed class RunTests
{
    [Fact]
    public void Ticking_records_who_and_when_and_saves_at_once()
    {
        var (run, store, clock) = TestRuns.New();
        clock.Advance(TimeSpan.FromMinutes(5));

        run.Tick("agent.open-agents").Succeeded.ShouldBeTrue();

        var saved = store.Last.StateOf("agent.open-agents");
        saved.ShouldBe(new ItemState(ItemStatus.DoneByHand, "alex", TestRuns.Start.AddMinutes(5), null, null));
        run.CompleteCount.ShouldBe(1);
        run.TotalCount.ShouldBe(31);
    }

    [Fact]
    public void An_item_that_records_values_cannot_be_ticked_until_they_are_usable()
    {
        var (run, store, _) = TestRuns.New();

        run.Tick("app.credentials").Message.ShouldBe("Record the Client ID first.");
        run.SetValue("client_id", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d");
        run.Tick("app.credentials").Message.ShouldBe("Record the Client Secret first.");
        run.SetValue("client_secret", "abc\u001bdef");
        run.Tick("app.credentials").Message!.ShouldContain("escape character");
        run.SetValue("client_secret", "abcdef");
        run.Tick("app.credentials").Succeeded.ShouldBeTrue();
        store.Last.StateOf("app.credentials").Status.ShouldBe(ItemStatus.DoneByHand);
    }

    [Fact]
    public void Agent_name_has_its_default_so_its_item_can_be_ticked_at_once()
    {
        var (run, _, _) = TestRuns.New();
        run.Values["agent_name"].ShouldBe("Liongard");
        run.Tick("agent.details").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Tenant_blocks_the_servers_item_only_on_a_hosted_instance()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("resource_server", "https://halo.example.local/api");
        run.SetValue("authorisation_server", "https://halo.example.local/auth");
        run.Tick("app.servers").Succeeded.ShouldBeTrue();

        var (hosted, _, _) = TestRuns.New();
        hosted.SetValue("resource_server", "https://example.halopsa.com/api");
        hosted.SetValue("authorisation_server", "https://example.halopsa.com/auth");
        hosted.Tick("app.servers").Message.ShouldBe("Record the Tenant first.");
    }

    [Fact]
    public void Skipping_needs_a_reason_and_keeps_it()
    {
        var (run, store, _) = TestRuns.New();
        run.Skip("handoff.write-proof", "  ").Succeeded.ShouldBeFalse();
        run.Skip("handoff.write-proof", "No test tickets allowed here").Succeeded.ShouldBeTrue();
        store.Last.StateOf("handoff.write-proof").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.Skipped),
            s => s.Reason.ShouldBe("No test tickets allowed here"));
    }

    [Fact]
    public void Toggle_ticks_then_reopens()
    {
        var (run, _, _) = TestRuns.New();
        run.Toggle("app.view");
        run.StateOf("app.view").Status.ShouldBe(ItemStatus.DoneByHand);
        run.Toggle("app.view");
        run.StateOf("app.view").Status.ShouldBe(ItemStatus.Open);
    }

    [Fact]
    public void Undo_takes_back_ticks_skips_and_values_in_reverse_order()
    {
        var (run, store, _) = TestRuns.New();
        run.Tick("app.view");
        run.SetValue("tenant", "ex");
        run.SetValue("tenant", "example");
        run.Skip("app.save", "later");

        run.Undo().Succeeded.ShouldBeTrue();
        run.StateOf("app.save").Status.ShouldBe(ItemStatus.Open);
        run.Undo();
        run.State.Values.ContainsKey("tenant").ShouldBeFalse("typing into one field is one undo step");
        run.Undo();
        run.StateOf("app.view").Status.ShouldBe(ItemStatus.Open);
        run.Undo().Message.ShouldBe("Nothing to undo.");
        store.Last.Items.Values.ShouldAllBe(s => s.Status == ItemStatus.Open);
    }

    [Fact]
    public void Automation_results_are_recorded_as_automatic_or_failed()
    {
        var (run, _, _) = TestRuns.New(RunMode.Sandbox);
        run.CompleteAutomatically("agent.new", "created agent 12").Succeeded.ShouldBeTrue();
        run.StateOf("agent.new").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.DoneAutomatically),
            s => s.By.ShouldBe(Run.Automation),
            s => s.Detail.ShouldBe("created agent 12"));
        run.Fail("app.new", "POST /api/Application answered 500").Succeeded.ShouldBeTrue();
        run.Tick("app.new").Succeeded.ShouldBeTrue("a failed automation leaves the item to be done by hand");
    }

    [Fact]
    public void A_failed_save_keeps_the_change_in_memory_and_says_so()
    {
        var (run, store, _) = TestRuns.New();
        store.Fail = true;
        var result = run.Tick("app.view");
        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldBe("Recorded, but not saved: the disk is full");
        run.StateOf("app.view").Status.ShouldBe(ItemStatus.DoneByHand);
        run.SaveError.ShouldNotBeNull();

        store.Fail = false;
        run.Tick("app.save").Succeeded.ShouldBeTrue();
        store.Last.StateOf("app.view").Status.ShouldBe(ItemStatus.DoneByHand, "the next save carries the earlier change");
        run.SaveError.ShouldBeNull();
    }

    [Fact]
    public void Unknown_items_and_values_are_refused()
    {
        var (run, store, _) = TestRuns.New();
        run.Tick("nope").Message.ShouldBe("The guide has no item 'nope'.");
        run.SetValue("nope", "x").Message.ShouldBe("The guide records no value 'nope'.");
        store.Saves.ShouldBeEmpty();
    }

    [Fact]
    public void Reconcile_drops_what_the_guide_no_longer_has_with_a_note()
    {
        var (run, _, _) = TestRuns.New();
        run.Tick("app.view");
        var old = run.State with
        {
            Items = run.State.Items.Add("gone.item", new ItemState(ItemStatus.DoneByHand, "alex", TestRuns.Start, null, null)),
            Values = run.State.Values.Add("gone_value", "x"),
        };

        var fitted = RunReconciler.Reconcile(TestRuns.RealGuide, old);

        fitted.Items.Keys.ShouldBe(["app.view"]);
        fitted.Values.ContainsKey("gone_value").ShouldBeFalse();
        fitted.Notes.ShouldBe([
            "Item 'gone.item' is no longer in the guide; its saved status (done) was dropped.",
            "Value 'gone_value' is no longer in the guide; it was dropped.",
        ]);
        RunReconciler.Reconcile(TestRuns.RealGuide, run.State).ShouldBeSameAs(run.State);
    }

    [Fact]
    public void Clearing_a_recorded_value_reopens_the_done_item_that_recorded_it_and_undo_restores_both()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("resource_server", "https://halo.example.local/api");
        run.SetValue("authorisation_server", "https://halo.example.local/auth");
        run.Tick("app.servers").Succeeded.ShouldBeTrue();

        run.SetValue("resource_server", "");

        run.StateOf("app.servers").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.Open),
            s => s.Detail.ShouldBe("reopened: the Resource Server changed and is not usable now"));
        run.Undo();
        run.StateOf("app.servers").Status.ShouldBe(ItemStatus.DoneByHand);
        run.State.Values["resource_server"].ShouldBe("https://halo.example.local/api");
    }

    [Fact]
    public void Changing_a_value_to_another_usable_one_keeps_the_item_done()
    {
        var (run, _, _) = TestRuns.New();
        run.SetValue("teams", "Alerts");
        run.Tick("agent.teams.pick");
        run.SetValue("teams", "Alerts, Projects");
        run.StateOf("agent.teams.pick").Status.ShouldBe(ItemStatus.DoneByHand);
    }
}
