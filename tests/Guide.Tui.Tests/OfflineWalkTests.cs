using Guide.Core.Runs;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The whole offline checklist, done with the keyboard alone, ending in a saved report.</summary>
public sealed class OfflineWalkTests
{
    private const string Secret = "Tui-Secret-0f3c9d2e7b";
    private const string ClientId = "5B1E4A6C-1F2D-4B7A-9C3E-0D1F2A3B4C5D";

    private static TuiScript Values(TuiScript script, params string[] values)
    {
        script.Key(Key.Enter);
        foreach (var value in values)
            script.Type(value).Key(Key.Enter);
        return script.Key(Key.Space);
    }

    [Fact]
    public void Walks_every_item_types_the_five_values_and_saves_the_report()
    {
        using var harness = new TuiHarness(100, 30);
        var script = new TuiScript();
        Values(script, "example.halopsa.com");                       // agent.login
        script.Key(Key.Space, 11);                                    // open agents .. teams.add (incl. 6 permissions)
        Values(script, "Service Desk, Alerts");                      // agent.teams.pick
        script.Key(Key.Space, 2);                                     // agent.teams.check, app.open-api
        script.Key(Key.Enter).Type("https://example.halopsa.com/api/").Key(Key.Enter)
            .Screen(s => TuiScript.Line(s, "OK: API base").ShouldContain("OK: API base https://example.halopsa.com/api"))
            .Type("https://Example.halopsa.com/auth/")
            .Screen(s => TuiScript.Line(s, "Authorisation Server: OK").ShouldContain("Authorisation Server: OK: token URL https://example.halopsa.com/auth/token"))
            .Key(Key.Enter).Type("example")
            .Screen(s => TuiScript.Line(s, "Tenant: OK").ShouldContain("│Tenant: OK: example"))
            .Key(Key.Enter).Key(Key.Space);                           // app.servers
        script.Key(Key.Space, 6);                                     // view, new, name, auth, login type, login agent
        script.Key(Key.Enter).Type(ClientId).Key(Key.Enter).Type(Secret)
            .Screen(s =>
            {
                s.ShouldNotContain(Secret);
                s.ShouldContain("OK: recorded (21 characters, hidden).");
            })
            .Key(Key.Enter).Key(Key.Space);                           // app.credentials
        script.Key(Key.Space, 5);                                     // permissions, 3 scopes, save
        script.Key(Key.S).Type("No network on this jump box").Key(Key.Enter);   // handoff.proof
        script.Key(Key.S).Type("No test tickets in production").Key(Key.Enter); // handoff.write-proof
        script.Key(Key.Space)                                         // handoff.report
            .Screen(s =>
            {
                s.ShouldContain("31 of 31 complete");
                TuiScript.Row(s, "Prove that the Client").ShouldContain("[-] skip ");
                TuiScript.Row(s, "Hand the values").ShouldContain("[✓] done");
            })
            .Key(Key.R)
            .Screen(s =>
            {
                s.ShouldContain("Handoff report");
                s.ShouldNotContain(Secret);
            })
            .Key(Key.Enter)
            .Screen(s => s.ShouldContain("Report saved to " + Path.Combine(harness.Folder, "handoff.md")))
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        harness.Run.CompleteCount.ShouldBe(31);
        harness.Guide_items_all_complete();
        var saved = RunStateJson.Deserialize(harness.Store.LastJson!);
        saved.Values["client_secret"].ShouldBe(Secret);
        saved.StateOf("handoff.proof").Reason.ShouldBe("No network on this jump box");

        var report = File.ReadAllText(harness.Reports.Saved.ShouldHaveSingleItem().Path);
        report.ShouldContain("| Resource Server | `https://example.halopsa.com/api` |");
        report.ShouldContain("| Authorisation Server | `https://example.halopsa.com/auth` |");
        report.ShouldContain("| Tenant | `example` |");
        report.ShouldContain("| Client ID | `5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d` |");
        report.ShouldContain($"| Client Secret | `{Secret}` |");
        report.ShouldContain("31 of 31 items complete.");
        report.ShouldContain("skipped, 2026-12-03 09:00 UTC, tester: No network on this jump box");
        script.Screens.ShouldAllBe(s => !s.Contains(Secret));
    }
}
