using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>`guide --sandbox` in a real terminal, from the first screen to the saved report.</summary>
public sealed class TmuxSandboxTests
{
    [Fact]
    public void Sandbox_run_reaches_the_report_with_the_five_values_and_a_passing_proof()
    {
        Tmux.Available().ShouldBeTrue("tmux is needed for this test; .ci/run installs it");
        using var dir = new TempDir();
        var state = dir.File("run.json");
        using var tmux = new Tmux(dir.Path, width: 100, height: 30);

        tmux.Type($"{GuideProcess.Command} --sandbox --state {state}; echo EXIT=$?", enter: true);
        void Answer(string prompt, params string[] keys)
        {
            tmux.WaitFor(prompt);
            tmux.Keys(keys);
        }
        Answer("Run them now?", "Enter");
        Answer("GET /api/authinfo", "Enter");
        Answer("Find the HaloPSA agent", "Enter");
        Answer("Create the API-only agent", "Enter");
        Answer("List HaloPSA's teams", "Enter");
        Answer("[ ] Service Desk", "Space");
        Answer("[x] Service Desk", "Enter");
        Answer("Put the agent \"Liongard\" in Service Desk?", "Enter");
        Answer("Create the API application", "Enter");
        Answer("logging in as \"Liongard\"", "Enter");
        Answer("Prove the recorded Client ID", "Enter");
        Answer("create a test ticket, close it", "Enter");
        Answer("Create the ticket \"Guide write test", "Enter");
        Answer("30 of 31 complete", "End", "Space");
        Answer("31 of 31 complete", "r");
        Answer("Handoff report", "Enter");
        Answer("Report saved to", "C-q");
        tmux.WaitFor("EXIT=0");

        var saved = RunStateJson.Deserialize(File.ReadAllText(state));
        var report = File.ReadAllText(Directory.GetFiles(dir.Path, "liongard-halopsa-handoff-*.md").ShouldHaveSingleItem());
        report.ShouldContain($"| Resource Server | `{saved.Values["resource_server"]}` |");
        report.ShouldContain($"| Authorisation Server | `{saved.Values["authorisation_server"]}` |");
        report.ShouldContain("| Tenant | `sandbox` |");
        report.ShouldContain($"| Client ID | `{saved.Values["client_id"]}` |");
        report.ShouldContain($"| Client Secret | `{saved.Values["client_secret"]}` |");
        foreach (var check in new[] { "authinfo", "token", "scopes", "agent-me", "tickets-visible", "clients-visible" })
            report.ShouldContain($"| {check} | pass |");
        tmux.History().ShouldNotContain(saved.Values["client_secret"]);
    }
}
