using System.Collections.Immutable;
using Guide.Core.Runs;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The report preview (R) opens at its top, whatever the report holds.</summary>
public sealed class ReportPreviewTests
{
    [Fact]
    public void With_links_in_the_report_the_preview_opens_at_the_top()
    {
        // As a sandbox run records them: the details name the servers it called, and a web
        // address in the checklist part is a link that Terminal.Gui's Markdown view can focus.
        var checks = new[]
        {
            new ProofCheckResult("authinfo", CheckStatus.Pass, "Authorisation Server http://127.0.0.1:41234/auth, tenant sandbox"),
            new ProofCheckResult("token", CheckStatus.Pass, "granted by http://127.0.0.1:41234/auth/token?tenant=sandbox for client 5b1e4a6c"),
            new ProofCheckResult("scopes", CheckStatus.Pass, "granted read:tickets edit:tickets read:customers"),
            new ProofCheckResult("agent-me", CheckStatus.Pass, "logs in as Liongard (id 7, API-only)"),
            new ProofCheckResult("tickets-visible", CheckStatus.Pass, "3 tickets visible"),
            new ProofCheckResult("clients-visible", CheckStatus.Pass, "2 clients visible"),
        };
        var state = RunState.New(TuiHarness.RealGuide.Id, "1", RunMode.Sandbox, DateTimeOffset.UnixEpoch) with
        {
            Checks = [.. checks],
            Items = ImmutableDictionary<string, ItemState>.Empty.Add("agent.login",
                new ItemState(ItemStatus.DoneAutomatically, "guide", DateTimeOffset.UnixEpoch, null, "HaloPSA answered at http://127.0.0.1:41234")),
        };
        using var harness = new TuiHarness(100, 30, state: state);
        foreach (var (key, value) in new[]
        {
            ("instance_url", "http://127.0.0.1:41234"), ("resource_server", "http://127.0.0.1:41234/api"),
            ("authorisation_server", "http://127.0.0.1:41234/auth"), ("tenant", "sandbox"), ("agent_name", "Liongard"),
            ("teams", "Service Desk, Alerts"), ("application_name", "Liongard"),
            ("client_id", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d"), ("client_secret", "Preview-Secret-31c9"),
        })
        {
            harness.Run.SetValue(key, value);
        }
        var script = new TuiScript()
            .Key(Key.R).WaitFor("Handoff report")
            .Screen(s =>
            {
                s.ShouldContain("Liongard and HaloPSA: handoff report");
                s.ShouldContain("For the Liongard side");
            })
            .Key(Key.Esc)
            .Key(Key.R).WaitFor("Handoff report")
            .Screen(s => s.ShouldContain("Liongard and HaloPSA: handoff report", customMessage: "a second time too"))
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);
    }
}
