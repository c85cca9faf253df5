using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Halo.Automations;
using Guide.Halo.Http;
using Guide.Sandbox;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;
using Guide.Testing.Time;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The checklist driving the real automations against the simulator, over HTTP on loopback.</summary>
public sealed class SandboxRunTests
{
    private static HaloCatalogue Catalogue() => new(new HaloOptions { Clock = new SkippingTimeProvider(), Timeout = TimeSpan.FromSeconds(10) });

    private static ClientCredentials Admin(TestSandbox sandbox) => new(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret);

    /// <summary>The person's part of a full run: confirm each step and pick two teams from the live list.</summary>
    private static TuiScript ConfirmEverything(TuiScript script) => script
        .WaitFor("Run them now?").Key(Key.Enter)
        .WaitFor("GET /api/authinfo, no login needed").Key(Key.Enter)
        .WaitFor("Find the HaloPSA agent \"Liongard\"").Key(Key.Enter)
        .WaitFor("Create the API-only agent \"Liongard\" in HaloPSA").Key(Key.Enter)
        .WaitFor("List HaloPSA's teams").Key(Key.Enter)
        .WaitFor("[ ] Projects").Key(Key.Space).Key(Key.CursorDown, 2).Key(Key.Space)
        .WaitFor("[x] Alerts").Key(Key.Enter)
        .WaitFor("Put the agent \"Liongard\" in Service Desk, Alerts?").Key(Key.Enter)
        .WaitFor("Create the API application \"Liongard\"").Key(Key.Enter)
        .WaitFor("Create the application \"Liongard\" logging in as").Key(Key.Enter)
        .WaitFor("Prove the recorded Client ID and Secret").Key(Key.Enter)
        .WaitFor("create a test ticket, close it").Key(Key.Enter)
        .WaitFor("Create the ticket \"Guide write test").Key(Key.Enter);

    [Fact]
    public async Task A_full_sandbox_run_needs_only_confirmations_and_teams_and_ends_in_a_saved_report()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var catalogue = Catalogue();
        using var harness = new TuiHarness(100, 30, automations: catalogue, admin: Admin(sandbox));
        harness.Run.SetValue("instance_url", sandbox.Settings.InstanceUrl);

        var script = ConfirmEverything(new TuiScript())
            .WaitFor("30 of 31 complete")
            .Key(Key.End).Key(Key.Space)
            .WaitFor("31 of 31 complete")
            .Key(Key.R).WaitFor("Handoff report").Key(Key.Enter)
            .WaitFor("Report saved to")
            .Key(Key.Q.WithCtrl);

        harness.Play(script, timeoutSeconds: 90).ShouldBe(TuiExit.Quit);

        var run = harness.Run;
        run.Guide.Items.Where(i => run.StateOf(i.Id).Status != ItemStatus.DoneAutomatically).Select(i => i.Id).ShouldBe(["handoff.report"]);
        run.State.Checks.Count.ShouldBe(9);
        run.State.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        run.Checks["teams"].Normalised.ShouldBe("Service Desk, Alerts");
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
        var report = File.ReadAllText(harness.Reports.Saved.ShouldHaveSingleItem().Path);
        report.ShouldContain($"| Client Secret | `{run.State.Values["client_secret"]}` |");
        report.ShouldContain("| Tenant | `sandbox` |");
        report.ShouldContain("| tickets-visible | pass |");
        report.ShouldContain("| ticket-edit-closed | pass |");
        report.ShouldContain("| API-only | `yes` |");
        report.ShouldContain("| Scopes | `read:tickets edit:tickets read:customers` |");
        report.ShouldContain($"HTTP requests made by this run: {run.State.HttpRequests}.");
        run.State.HttpRequests.ShouldBeInRange(15, 40);
    }

    [Fact]
    public async Task Verify_mode_creation_by_hand_then_the_proof_passes()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { SeedLiongard = true });
        using var catalogue = Catalogue();
        using var harness = new TuiHarness(100, 30, automations: catalogue, admin: null);
        harness.Run.SetValue("instance_url", sandbox.Settings.InstanceUrl);

        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("GET /api/authinfo, no login needed").Key(Key.Enter)
            .WaitFor("Find the HaloPSA agent").Key(Key.Enter)
            .WaitFor("administrator").Key(Key.Esc)                            // no admin credentials: by hand
            .WaitFor("by hand")
            .Key(Key.Home).Key(Key.CursorDown, 24)                               // Record the Client ID and Secret
            .WaitFor("Client ID:").Key(Key.Enter)
            .Type(sandbox.Settings.LiongardClientId!).Key(Key.Enter)
            .Type(sandbox.Settings.LiongardClientSecret!).Key(Key.Enter)
            .Key(Key.Space)
            .Key(Key.Home).Key(Key.CursorDown, 31)                               // Prove that the Client ID and Secret work
            .Key(Key.A)
            .WaitFor("Prove the recorded Client ID and Secret").Key(Key.Enter)
            .WaitFor("All 6 checks passed.")
            .Key(Key.Q.WithCtrl);

        harness.Play(script, timeoutSeconds: 90);

        var run = harness.Run;
        run.StateOf("handoff.proof").Status.ShouldBe(ItemStatus.DoneAutomatically);
        run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Open, "creation is done by hand in verify mode");
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.DoneByHand);
        run.State.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);
        sandbox.Server.Requests.ShouldNotContain(r => r.Method == "POST" && r.Path.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_application_reads_back_wrong_its_permission_items_fall_back_to_manual()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("drops-fields:POST:/api/Application:1"));
        using var catalogue = Catalogue();
        using var harness = new TuiHarness(100, 30, automations: catalogue, admin: Admin(sandbox));
        harness.Run.SetValue("instance_url", sandbox.Settings.InstanceUrl);

        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("GET /api/authinfo, no login needed").Key(Key.Enter)
            .WaitFor("Find the HaloPSA agent \"Liongard\"").Key(Key.Enter)
            .WaitFor("Create the API-only agent \"Liongard\" in HaloPSA").Key(Key.Enter)
            .WaitFor("List HaloPSA's teams").Key(Key.Enter)
            .WaitFor("[ ] Projects").Key(Key.Space).Key(Key.Enter)
            .WaitFor("Put the agent \"Liongard\" in Service Desk?").Key(Key.Enter)
            .WaitFor("Create the API application \"Liongard\"").Key(Key.Enter)
            .WaitFor("Create the application \"Liongard\" logging in as").Key(Key.Enter)
            .WaitFor("Prove the recorded Client ID and Secret").Key(Key.Esc)      // stop here: look at the checklist
            .WaitFor("24 of 31 complete")
            .Screen(s =>
            {
                TuiScript.Row(s, "Record the Client ID an").ShouldContain("[✓] auto");
                TuiScript.Row(s, "Open the Permissions tab").ShouldContain("[✗] fail");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script, timeoutSeconds: 90);

        var run = harness.Run;
        run.StateOf("app.permissions").Detail!.ShouldContain("HaloPSA did not keep the permissions read:tickets, edit:tickets, read:customers");
        run.StateOf("app.scope.edit-tickets").Status.ShouldBe(ItemStatus.Failed);
        run.StateOf("app.credentials").Status.ShouldBe(ItemStatus.DoneAutomatically, "the rest of the application's items stand");
        run.Checks["client_secret"].IsUsable.ShouldBeTrue();
    }
}
