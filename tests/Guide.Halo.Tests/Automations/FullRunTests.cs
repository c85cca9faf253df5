using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Halo.Automations;
using Guide.Halo.Tests.Support;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;

namespace Guide.Halo.Tests.Automations;

/// <summary>Every automation of the guide, in order, against the simulator.</summary>
public sealed class FullRunTests
{
    private static async Task<(Run Run, ScriptedHost Host, List<AutomationOutcome> Outcomes, int Requests)> RunAll(TestSandbox sandbox, Run? run = null, ScriptedHost? host = null)
    {
        run ??= GuideRuns.New(sandbox.Settings.InstanceUrl);
        host ??= new ScriptedHost(Sim.Admin(sandbox));
        if (!host.PickScripted)
            host.Pick = (title, options, pre) => title.StartsWith("Teams", StringComparison.Ordinal) ? ["Service Desk", "Alerts"] : pre.Count > 0 ? pre : null;
        using var catalogue = new HaloCatalogue(Sim.Options());
        var runner = new AutomationRunner(run, catalogue);
        var outcomes = new List<AutomationOutcome>();
        foreach (var name in runner.Pending())
            outcomes.Add(await runner.RunAsync(name, host, CancellationToken.None));
        return (run, host, outcomes, catalogue.Requests);
    }

    [Fact]
    public async Task A_full_run_does_every_item_but_the_handoff_and_proves_it()
    {
        await using var sandbox = await Sim.StartAsync();

        var (run, host, outcomes, _) = await RunAll(sandbox);

        outcomes.Select(o => o.Status).ShouldAllBe(s => s == AutomationStatus.Done, string.Join("\n", outcomes.Select(o => o.Summary)));
        run.Guide.Items.Where(i => run.StateOf(i.Id).Status != ItemStatus.DoneAutomatically).Select(i => i.Id).ShouldBe(["handoff.report"]);
        run.Checks["client_secret"].IsUsable.ShouldBeTrue();
        run.Checks["tenant"].Normalised.ShouldBe("sandbox");
        run.State.Checks.Select(c => (c.Name, c.Status)).ShouldBe([
            ("authinfo", CheckStatus.Pass), ("token", CheckStatus.Pass), ("scopes", CheckStatus.Pass), ("agent-me", CheckStatus.Pass),
            ("tickets-visible", CheckStatus.Pass), ("clients-visible", CheckStatus.Pass),
            ("ticket-create", CheckStatus.Pass), ("ticket-edit", CheckStatus.Pass), ("ticket-edit-closed", CheckStatus.Pass),
        ]);
        run.State.Facts["agent.api_only"].ShouldBe("yes");
        run.State.Facts["application.scopes"].ShouldBe("read:tickets edit:tickets read:customers");
        run.State.HttpRequests.ShouldBeInRange(15, 40);
        host.Kept.ShouldContain(k => k.ContainsKey("client_secret"), "the secret is kept the moment it arrives");
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
    }

    [Fact]
    public async Task A_second_run_finds_what_the_first_made_and_makes_nothing_twice()
    {
        await using var sandbox = await Sim.StartAsync();
        await RunAll(sandbox);

        // A fresh run (say, another machine) over the same tenant.
        var (run, host, outcomes, _) = await RunAll(sandbox);

        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
        host.Questions.ShouldContain(q => q.StartsWith("The API-only agent \"Liongard\"", StringComparison.Ordinal));
        host.Questions.ShouldContain(q => q.Contains("its Client Secret is not on record", StringComparison.Ordinal));
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.Open, "no secret could be had: the item waits for a person");
        outcomes.Single(o => o.Summary.StartsWith("No secret typed", StringComparison.Ordinal)).Status.ShouldBe(AutomationStatus.Cancelled);
    }

    [Fact]
    public async Task Cancelling_a_confirmation_changes_nothing_and_leaves_the_items_open()
    {
        await using var sandbox = await Sim.StartAsync();
        var host = new ScriptedHost(Sim.Admin(sandbox)) { Confirm = q => !q.StartsWith("Create the API-only agent", StringComparison.Ordinal) };

        var (run, _, _, _) = await RunAll(sandbox, host: host);

        run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Open);
        sandbox.Server.Store.Agents.ShouldNotContain(a => a.Name == "Liongard");
        sandbox.Server.Requests.ShouldNotContain(r => r.Method == "POST" && r.Path == "/api/Agent");
    }

    [Fact]
    public async Task Without_admin_credentials_creation_stays_manual_and_discovery_still_runs()
    {
        await using var sandbox = await Sim.StartAsync();

        var (run, _, outcomes, _) = await RunAll(sandbox, host: new ScriptedHost(admin: null));

        run.StateOf("app.servers").Status.ShouldBe(ItemStatus.DoneAutomatically);
        run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Open);
        run.StateOf("app.new").Status.ShouldBe(ItemStatus.Open);
        outcomes.Skip(1).ShouldAllBe(o => o.Status == AutomationStatus.Cancelled, "nothing was attempted without what it needs: not a failure");
        outcomes.Count.ShouldBe(6);
    }

    [Fact]
    public async Task A_non_api_agent_of_the_same_name_is_adopted_only_when_the_person_agrees()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Store.Save(new Sandbox.Data.SandboxAgent { Name = "Liongard", IsApiAgent = false, TeamIds = [sandbox.TeamId("Alerts")] });
        var host = new ScriptedHost(Sim.Admin(sandbox)) { Confirm = q => !q.Contains("not API-only", StringComparison.Ordinal) };

        var (run, _, _, _) = await RunAll(sandbox, host: host);

        host.Questions.ShouldContain(q => q.Contains("exists but is not API-only, so it uses a paid seat", StringComparison.Ordinal));
        run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Open);
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
    }

    [Fact]
    public async Task Permissions_halo_does_not_keep_fall_back_to_manual_and_the_rest_stands()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("drops-fields:POST:/api/Agent:*"));

        var (run, _, outcomes, _) = await RunAll(sandbox);

        outcomes.First().Status.ShouldBe(AutomationStatus.Done, "discovery");
        var agent = outcomes[1];
        agent.Status.ShouldBe(AutomationStatus.FellBack);
        agent.Summary.ShouldContain("6 of 6 permissions were not kept by HaloPSA");
        run.StateOf("agent.perm.tickets").ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(ItemStatus.Failed),
            s => s.Detail!.ShouldContain("Set it by hand on the agent's Permissions tab"));
        run.StateOf("agent.new").Status.ShouldBe(ItemStatus.DoneAutomatically);
        run.StateOf("app.new").Status.ShouldBe(ItemStatus.DoneAutomatically, "the run goes on");
    }

    [Fact]
    public async Task An_application_read_back_without_its_scopes_sends_only_the_permission_items_back()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("drops-fields:POST:/api/Application:1"));

        var (run, _, outcomes, _) = await RunAll(sandbox);

        outcomes.Single(o => o.Summary.Contains("did not keep the permissions", StringComparison.Ordinal)).Status.ShouldBe(AutomationStatus.FellBack);
        run.StateOf("app.scope.edit-tickets").Status.ShouldBe(ItemStatus.Failed);
        run.StateOf("app.permissions").Status.ShouldBe(ItemStatus.Failed);
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.DoneAutomatically);
        run.Checks["client_secret"].IsUsable.ShouldBeTrue("the secret is kept even though the read-back disagreed");
    }

    [Fact]
    public async Task A_lost_create_answer_is_known_to_be_guides_own_and_is_recreated_once_asked()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("lost-create:POST:/api/Application:1"));

        var (run, host, _, _) = await RunAll(sandbox);

        host.Questions.ShouldContain(q => q.StartsWith("Guide created the application \"Liongard\", but the answer holding its Client Secret was lost", StringComparison.Ordinal));
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.DoneAutomatically);
        run.State.Checks.Single(c => c.Name == "token").Status.ShouldBe(CheckStatus.Pass, "the recreated application's secret works");
    }

    [Fact]
    public async Task Create_answers_lost_every_time_are_recreated_once_then_stop_with_one_application()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("lost-create:POST:/api/Application:*"));

        var (run, host, outcomes, _) = await RunAll(sandbox);

        host.Questions.Count(q => q.StartsWith("Guide created the application \"Liongard\", but the answer holding its Client Secret was lost", StringComparison.Ordinal))
            .ShouldBe(1, "one delete-and-recreate, not a loop");
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
        var failed = outcomes.Single(o => o.Status == AutomationStatus.Failed);
        failed.Problem!.Cause.ShouldContain("was lost again");
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.Failed);
        run.State.Values.ShouldNotContainKey("client_secret");
    }

    [Fact]
    public async Task A_resumed_run_that_was_creating_the_application_recreates_it_rather_than_guess()
    {
        await using var sandbox = await Sim.StartAsync();
        await RunAll(sandbox);
        // What a crash between HaloPSA's answer and the save leaves: the application, and no secret on record.
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        run.RecordFacts(new Dictionary<string, string> { ["application.creating"] = "Liongard" });
        var firstId = sandbox.Server.Store.Applications.Single(a => a.DisplayName == "Liongard").Id;

        var (resumed, host, _, _) = await RunAll(sandbox, run);

        host.Questions.ShouldContain(q => q.StartsWith("Guide created the application", StringComparison.Ordinal));
        var now = sandbox.Server.Store.Applications.Where(a => a.DisplayName == "Liongard").ToList();
        now.Count.ShouldBe(1);
        now[0].Id.ShouldNotBe(firstId);
        resumed.State.Checks.Single(c => c.Name == "token").Status.ShouldBe(CheckStatus.Pass);
    }

    [Fact]
    public async Task An_application_someone_else_made_is_never_deleted_unasked_and_a_typed_secret_is_kept()
    {
        await using var sandbox = await Sim.StartAsync();
        var agentRun = await RunAll(sandbox);
        // Someone made "Liongard" by hand earlier: this run has no secret for it and no note of creating it.
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        var host = new ScriptedHost(Sim.Admin(sandbox)) { Ask = _ => "  typed-in-secret-8d1f  " };

        var (resumed, _, _, _) = await RunAll(sandbox, run, host);

        host.Questions.ShouldContain(q => q.Contains("its Client Secret is not on record", StringComparison.Ordinal));
        host.Questions.ShouldNotContain(q => q.StartsWith("Guide created", StringComparison.Ordinal));
        resumed.State.Values["client_secret"].ShouldBe("typed-in-secret-8d1f");
        sandbox.Server.Store.Applications.Single(a => a.DisplayName == "Liongard").ClientId.ShouldBe(resumed.State.Values["client_id"]);
        agentRun.Run.State.Values["client_id"].ShouldBe(resumed.State.Values["client_id"]);
    }

    [Fact]
    public async Task Faults_across_the_run_end_in_success_within_bounded_retries_and_no_duplicates()
    {
        await using var sandbox = await Sim.StartAsync();
        foreach (var fault in new[] { "rate-limit=20:GET:/api/Team:1", "unavailable:GET:/api/Agent:1", "lost-create:POST:/api/Agent:1", "reset:GET:/api/Application:1", "expired-token:GET:/api/Tickets:1" })
            sandbox.Server.Faults.Add(FaultRule.Parse(fault));

        var (run, host, outcomes, _) = await RunAll(sandbox);

        outcomes.ShouldAllBe(o => o.Status == AutomationStatus.Done, string.Join("\n", outcomes.Select(o => o.Summary)));
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
        sandbox.Server.Faults.Pending.ShouldBeEmpty("every fault fired");
        host.Activities.ShouldContain(a => a.WaitUntil != null && a.Message.Contains("rate limit", StringComparison.Ordinal));
    }
}
