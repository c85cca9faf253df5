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
