using System.Text.Json;
using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>`guide apply --sandbox` as a script would run it.</summary>
public sealed class ApplyTests
{
    private static GuideProcess Apply(TempDir dir, params string[] extra) =>
        GuideProcess.Run(new Dictionary<string, string?> { ["XDG_STATE_HOME"] = dir.Path },
            ["apply", "--sandbox", "--state", dir.File("run.json"), .. extra]);

    private static int Count(TempDir dir, string collection, string property, string name)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(dir.File("run.sandbox.json")));
        var list = data.RootElement.EnumerateObject().First(p => p.Name.Equals(collection, StringComparison.OrdinalIgnoreCase)).Value;
        return list.EnumerateArray().Count(e => e.EnumerateObject().Any(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase) && p.Value.GetString() == name));
    }

    [Fact]
    public void Apply_with_yes_does_every_automated_item_proves_it_and_writes_the_report()
    {
        using var dir = new TempDir();

        var run = Apply(dir, "--yes", "--teams", "Service Desk,Alerts", "--out", dir.File("handoff.md"));

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("[1/6] halo.discover");
        run.Out.ShouldContain("[6/6] halo.write-proof");
        run.Out.ShouldContain("30 of 31 items complete");
        run.Out.ShouldContain("Left to do by hand");
        run.Out.ShouldContain("- Hand the values to the Liongard side with the handoff report.");
        var state = RunStateJson.Deserialize(File.ReadAllText(dir.File("run.json")));
        state.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        state.Checks.Count.ShouldBe(9);
        var report = File.ReadAllText(dir.File("handoff.md"));
        report.ShouldContain($"| Client Secret | `{state.Values["client_secret"]}` |");
        report.ShouldContain("| Tenant | `sandbox` |");
        report.ShouldContain("| token | pass |");
        report.ShouldContain("| Teams | `Service Desk, Alerts` |");
        report.ShouldContain("| API-only | `yes` |");
        report.ShouldContain("HTTP requests made by this run:");
        run.Out.ShouldNotContain(state.Values["client_secret"]);
        File.GetUnixFileMode(dir.File("run.sandbox.json")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Sandbox_without_teams_puts_the_agent_in_every_team_says_so_and_passes()
    {
        using var dir = new TempDir();

        var run = Apply(dir, "--yes", "--out", dir.File("handoff.md"));

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("sandbox: all teams, as no --teams was given: Service Desk, Projects, Alerts");
        run.Out.ShouldNotContain("nothing picked");
        var report = File.ReadAllText(dir.File("handoff.md"));
        report.ShouldContain("| Teams | `Service Desk, Projects, Alerts` |");
        report.ShouldContain("| tickets-visible | pass |");
        report.ShouldContain("Departments & Teams");
        report.ShouldNotContain("&amp;");
        report.ShouldContain("with the tenant `sandbox` that its own /api/authinfo names");
        report.ShouldNotContain("usually have none");
        report.ShouldNotContain("has no tenant");
    }

    [Fact]
    public void A_report_changed_since_apply_wrote_it_is_left_alone()
    {
        using var dir = new TempDir();
        var report = dir.File("handoff.md");
        Apply(dir, "--yes", "--teams", "Service Desk", "--out", report).Exit.ShouldBe(0);
        File.WriteAllText(report, "my notes\n");

        var again = Apply(dir, "--yes", "--teams", "Service Desk", "--out", report);

        again.Exit.ShouldBe(0, again.Out + again.Error);
        again.Out.ShouldContain($"Report not written: {report} exists and was changed since Guide wrote it; give --out FILE");
        again.Out.ShouldNotContain("Report written to");
        File.ReadAllText(report).ShouldBe("my notes\n");

        var forced = Apply(dir, "--yes", "--out", report, "--force");
        forced.Out.ShouldContain($"Report written to {report}");
        File.ReadAllText(report).ShouldContain("| Teams | `Service Desk` |");
    }

    [Fact]
    public void Apply_replaces_its_own_unchanged_report_but_not_another_runs()
    {
        using var dir = new TempDir();
        var report = dir.File("handoff.md");
        Apply(dir, "--yes", "--teams", "Alerts", "--out", report).Exit.ShouldBe(0);
        var first = File.ReadAllText(report);

        var again = Apply(dir, "--out", report);

        again.Out.ShouldContain($"Report written to {report}");
        File.ReadAllText(report).ShouldNotBe(first, "the second run's report (its HTTP requests, its addresses) replaced the first");

        var other = GuideProcess.Run(new Dictionary<string, string?> { ["XDG_STATE_HOME"] = dir.Path },
            "apply", "--sandbox", "--yes", "--teams", "Alerts", "--state", dir.File("other.json"), "--out", report);
        other.Out.ShouldContain($"Report not written: {report} exists and is not the report this run wrote");
        File.ReadAllText(report).ShouldNotContain(RunStateJson.Deserialize(File.ReadAllText(dir.File("other.json"))).Values["client_secret"]);
    }

    [Fact]
    public void Against_a_real_HaloPSA_no_teams_picks_none_then_teams_given_later_prove_again()
    {
        using var dir = new TempDir();
        using var sandbox = SandboxProcess.Start("--data", dir.File("halo.json"));
        var env = sandbox.Exports.Where(p => p.Key is not ("HALO_CLIENT_ID" or "HALO_CLIENT_SECRET"))
            .ToDictionary(p => p.Key, p => (string?)p.Value);
        env["XDG_STATE_HOME"] = dir.Path;
        // An agent and application of its own, so the simulator's ready-made Liongard (already in teams) plays no part.
        var saved = SavedRuns.Start(dir.File("run.json"), RunMode.Automated);
        saved.SetValue("agent_name", "Liongard Script").Succeeded.ShouldBeTrue();
        saved.SetValue("application_name", "Liongard Script").Succeeded.ShouldBeTrue();

        var first = GuideProcess.Run(env, "apply", "--yes", "--state", dir.File("run.json"), "--out", dir.File("handoff.md"));

        first.Out.ShouldContain("nothing picked (give --teams A,B; choices: Service Desk, Projects, Alerts)");
        first.Out.ShouldNotContain("sandbox: all teams");
        first.Out.ShouldNotContain("here again");
        first.Out.ShouldContain("the agent is probably in no team");
        first.Exit.ShouldBe(1, "the write proof is refused to an agent in no team");

        var second = GuideProcess.Run(env, "apply", "--yes", "--teams", "Service Desk,Alerts", "--state", dir.File("run.json"), "--out", dir.File("handoff.md"));

        second.Exit.ShouldBe(0, second.Out + second.Error);
        second.Out.ShouldContain("[1/3] halo.teams");
        second.Out.ShouldContain("[2/3] halo.proof: Prove");
        second.Out.ShouldContain("  done: All 6 checks passed.");
        var state = RunStateJson.Deserialize(File.ReadAllText(dir.File("run.json")));
        state.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        var report = File.ReadAllText(dir.File("handoff.md"));
        report.ShouldNotContain("no team");
        report.ShouldContain("| tickets-visible | pass |");
        sandbox.Stop().ShouldBe(0);
    }

    [Fact]
    public async Task Sigint_while_an_automation_waits_stops_the_run_with_130_and_saves_it()
    {
        using var dir = new TempDir();
        using var sandbox = SandboxProcess.Start("--fault", "rate-limit=60:GET:/api/Team:1");
        var info = GuideProcess.StartInfo(["apply", "--yes", "--teams", "Alerts", "--state", dir.File("run.json")]);
        foreach (var (key, value) in sandbox.Exports.Where(p => p.Key is not ("HALO_CLIENT_ID" or "HALO_CLIENT_SECRET")))
            info.Environment[key] = value;
        info.Environment["XDG_STATE_HOME"] = dir.Path;
        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = new System.Text.StringBuilder();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            output.AppendLine(line);
            if (line.Contains("[3/6] halo.teams", StringComparison.Ordinal))
                break;
        }
        await Task.Delay(1000);   // into the 60-second wait HaloPSA asked for
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            kill.WaitForExit();
        output.Append(await process.StandardOutput.ReadToEndAsync());

        process.WaitForExit(20_000).ShouldBeTrue("it stops at once, not after the wait");
        var errors = await error;
        process.ExitCode.ShouldBe(130, output.ToString() + errors);
        errors.ShouldContain("guide: interrupted; progress is saved in");
        output.ToString().ShouldNotContain("[4/6]", customMessage: "nothing after the interrupted automation is started");
        var state = RunStateJson.Deserialize(File.ReadAllText(dir.File("run.json")));
        state.Values.ShouldContainKey("resource_server");
        File.Exists(dir.File("run.json.lock")).ShouldBeFalse("the lock is let go");
    }

    [Fact]
    public void Two_runs_in_a_row_make_one_agent_and_one_application()
    {
        using var dir = new TempDir();
        Apply(dir, "--yes", "--teams", "Alerts", "--out", dir.File("one.md")).Exit.ShouldBe(0);

        File.Delete(dir.File("run.json"));   // a fresh run against the same tenant
        var second = Apply(dir, "--yes", "--teams", "Alerts", "--out", dir.File("two.md"));

        second.Out.ShouldContain("The API-only agent \"Liongard\"");
        Count(dir, "agents", "name", "Liongard").ShouldBe(1);
        Count(dir, "applications", "displayName", "Liongard").ShouldBe(1);
    }

    [Fact]
    public void Without_yes_and_without_a_terminal_nothing_is_changed()
    {
        using var dir = new TempDir();

        var run = Apply(dir, "--teams", "Alerts", "--out", dir.File("r.md"));

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("not confirmed: Create the API-only agent \"Liongard\"");
        run.Out.ShouldContain("(run with --yes to allow changes)");
        Count(dir, "agents", "name", "Liongard").ShouldBe(0);
        var state = RunStateJson.Deserialize(File.ReadAllText(dir.File("run.json")));
        state.StateOf("app.servers").Status.ShouldBe(ItemStatus.DoneAutomatically, "discovery changes nothing, so it needs no --yes");
    }

    [Fact]
    public void Unknown_teams_are_bad_usage_naming_the_real_ones()
    {
        using var dir = new TempDir();

        var run = Apply(dir, "--yes", "--teams", "Nope");

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("--teams names Nope, which HaloPSA does not have; its teams are: Service Desk, Projects, Alerts");
    }
}
