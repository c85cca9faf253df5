using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Halo.Automations;
using Guide.Halo.Tests.Support;
using Guide.Sandbox;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;
using Guide.Testing.Time;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Halo.Tests.Automations;

/// <summary>
/// Every fault the simulator can inject, aimed at the calls of each automation in turn: the run
/// ends in success after bounded retries or in a clear failure naming the call; never a
/// duplicate, never a secret in a message; and a clean second run then completes everything.
/// </summary>
public sealed class FaultMatrixTests
{
    public static TheoryData<string, string> Matrix()
    {
        var targets = new[] { "GET:/api/authinfo", ":/api/Agent", "GET:/api/Team", ":/api/Application", "GET:/api/Client", "POST:/api/Tickets" };
        var faults = new[] { "rate-limit=5", "rate-limit-no-retry-after", "server-error", "unavailable", "reset", "malformed-json", "expired-token", "lost-create", "drops-fields", "slow" };
        var data = new TheoryData<string, string>();
        foreach (var target in targets)
        {
            // authinfo takes no token, so an expired one cannot happen there.
            foreach (var fault in faults.Where(f => !(f == "expired-token" && target.EndsWith("authinfo", StringComparison.Ordinal))))
                data.Add(fault, target);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_fault_on_an_automation_ends_clearly_and_a_clean_rerun_completes_with_no_duplicates(string fault, string target)
    {
        // The simulator's clock stands still: a "slow" answer never comes, only the client's timeout ends the wait.
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { TimeProvider = new FakeTimeProvider() });
        var parts = target.Split(':', 2);
        sandbox.Server.Faults.Add(FaultRule.Parse($"{fault}:{parts[0]}:{parts[1]}:1".Replace("::", ":", StringComparison.Ordinal)));
        var run = GuideRuns.New(sandbox.Settings.InstanceUrl);
        var host = new ScriptedHost(Sim.Admin(sandbox)) { PickScripted = true, Pick = (title, options, pre) => title.StartsWith("Teams", StringComparison.Ordinal) ? ["Service Desk"] : pre };

        var first = await RunPending(run, host, sandbox);
        sandbox.Server.Faults.FiredCount.ShouldBe(1, "the fault was meant to fire on this automation's call");

        foreach (var outcome in first)
        {
            if (outcome.Status == AutomationStatus.Failed)
            {
                outcome.Problem.ShouldNotBeNull(outcome.Summary);
                outcome.Problem.Call.ShouldNotBeNullOrWhiteSpace();
            }
            outcome.Summary.ShouldNotContain(sandbox.Settings.AdminClientSecret);
            if (run.State.Values.TryGetValue("client_secret", out var secret))
                outcome.Summary.ShouldNotContain(secret);
        }
        AssertNoDuplicates(sandbox);

        sandbox.Server.Faults.Clear();
        await RunPending(run, host, sandbox);

        run.Guide.Items.Where(i => run.StateOf(i.Id).Status is not (ItemStatus.DoneAutomatically or ItemStatus.DoneByHand))
            .Select(i => i.Id).ShouldBe(["handoff.report"], $"after {fault} on {target}: {string.Join(" | ", first.Select(o => o.Summary))}");
        run.State.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        AssertNoDuplicates(sandbox);
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
    }

    private static async Task<List<AutomationOutcome>> RunPending(Run run, ScriptedHost host, TestSandbox sandbox)
    {
        using var catalogue = new HaloCatalogue(Sim.Options(new SkippingTimeProvider(), TimeSpan.FromMilliseconds(700)));
        var runner = new AutomationRunner(run, catalogue);
        var outcomes = new List<AutomationOutcome>();
        foreach (var name in runner.Pending())
            outcomes.Add(await runner.RunAsync(name, host, CancellationToken.None));
        sandbox.CheckContract = true;
        return outcomes;
    }

    private static void AssertNoDuplicates(TestSandbox sandbox)
    {
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBeLessThanOrEqualTo(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBeLessThanOrEqualTo(1);
        sandbox.Server.Store.Tickets.Count(t => t.Summary.StartsWith("Guide write test", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(1);
    }
}
