using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Halo.Automations;
using Guide.Halo.Tests.Support;
using Guide.Testing.Sandbox;

namespace Guide.Halo.Tests.Automations;

/// <summary>
/// The proof stands for what it proved: the shared runner (apply, and the TUI's G) runs it again
/// once an earlier automation changes HaloPSA or a value it covers changes, and not otherwise.
/// </summary>
public sealed class StaleProofTests
{
    private static readonly IReadOnlyList<string> NoTeams = [];

    /// <summary>Runs what is pending as the TUI's G does: the list once, then each name still pending.</summary>
    private static async Task<List<(string Name, AutomationOutcome Outcome)>> RunAll(TestSandbox sandbox, Run run, IReadOnlyList<string> teams)
    {
        var host = new ScriptedHost(Sim.Admin(sandbox)) { PickScripted = true };
        host.Pick = (title, _, pre) => title.StartsWith("Teams", StringComparison.Ordinal) ? (teams.Count > 0 ? teams : null) : pre.Count > 0 ? pre : null;
        using var catalogue = new HaloCatalogue(Sim.Options());
        var runner = new AutomationRunner(run, catalogue);
        var outcomes = new List<(string, AutomationOutcome)>();
        foreach (var name in runner.Pending())
        {
            if (runner.Pending().Contains(name))
                outcomes.Add((name, await runner.RunAsync(name, host, CancellationToken.None)));
        }
        return outcomes;
    }

    private static CheckStatus Check(Run run, string name) => run.State.Checks.Single(c => c.Name == name).Status;

    [Fact]
    public async Task Teams_picked_after_the_proof_make_it_run_again_and_replace_its_warnings()
    {
        await using var sandbox = await Sim.StartAsync();
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        await RunAll(sandbox, run, NoTeams);
        Check(run, "tickets-visible").ShouldBe(CheckStatus.Warn, "an agent in no team sees no tickets");

        var second = await RunAll(sandbox, run, ["Service Desk", "Alerts"]);

        second.Select(o => o.Name).ShouldBe([AutomationNames.Teams, AutomationNames.Proof, AutomationNames.WriteProof]);
        second.Single(o => o.Name == AutomationNames.Proof).Outcome.Summary.ShouldBe("All 6 checks passed.");
        run.State.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        run.StateOf("handoff.proof").Detail.ShouldBe("All 6 checks passed.");
    }

    [Fact]
    public async Task When_nothing_before_it_changed_the_proof_is_not_run_again()
    {
        await using var sandbox = await Sim.StartAsync();
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        await RunAll(sandbox, run, NoTeams);
        var before = run.State.HttpRequests;
        var proofCalls = sandbox.Server.Requests.Count(r => r.Path == "/api/Agent/me");

        var second = await RunAll(sandbox, run, NoTeams);

        second.Single(o => o.Name == AutomationNames.Proof).Outcome.Summary.ShouldBe(AutomationRunner.UpToDate,
            "the teams step changed nothing, so the proof still stands");
        sandbox.Server.Requests.Count(r => r.Path == "/api/Agent/me").ShouldBe(proofCalls);
        run.State.HttpRequests.ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task A_changed_value_the_proof_covers_makes_it_due_and_its_item_part_of_the_run()
    {
        await using var sandbox = await Sim.StartAsync();
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        await RunAll(sandbox, run, ["Alerts"]);
        using var catalogue = new HaloCatalogue(Sim.Options());
        var runner = new AutomationRunner(run, catalogue);
        runner.Pending().ShouldBeEmpty();

        run.SetValue("client_secret", "a-secret-typed-again-4411").Succeeded.ShouldBeTrue();

        runner.Pending().ShouldBe([AutomationNames.Proof]);
        runner.RequestFor(AutomationNames.Proof).Items.Select(i => i.Id).ShouldBe(["handoff.proof"]);
        run.State.Facts.Values.ShouldNotContain("a-secret-typed-again-4411");
    }
}
