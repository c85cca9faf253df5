using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Tui.Tests.Fakes;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>
/// What an automation asks the person: each question is a dialog opened on the UI thread (from
/// an Invoke'd action, inside the running dialog's loop) while the automation awaits it on its own.
/// </summary>
public sealed class AutomationQuestionTests
{
    private const string AdminSecret = "Adm1n-Secret-7c2f9e4d1a";
    private const string NewSecret = "New-Client-Secret-3b8d5f";

    [Fact]
    public void A_runs_the_items_automation_which_asks_first_and_esc_at_the_question_means_no()
    {
        var discover = new FakeAutomation(AutomationNames.Discover, async (request, host, ct) =>
        {
            if (!await host.ConfirmAsync($"Ask {request.Value("instance_url")} for its servers?", ct))
                return AutomationOutcome.Cancelled("The person said no.", 0);
            return Outcomes.Done("Found the servers.",
                ("resource_server", "https://example.halopsa.com/api"),
                ("authorisation_server", "https://example.halopsa.com/auth"),
                ("tenant", "example"));
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(discover));
        harness.Run.SetValue("instance_url", "https://example.halopsa.com");
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Esc)
            .WaitFor("Not now.")
            .Key(Key.A)
            .WaitFor("Fake halo.discover will do 3 items.")
            .Screen(s =>
            {
                s.ShouldContain("Automation: halo.discover");
                s.ShouldContain("Run starts it");
            })
            .Key(Key.Enter)                                               // [Run] has the focus
            .WaitFor("Ask https://example.halopsa.com for its servers?")
            .Key(Key.Esc)                                                 // Esc at the question: no
            .WaitFor("halo.discover cancelled: The person said no.")
            .Screen(s => TuiScript.Row(s, "Log in to HaloPSA").ShouldContain("[ ] open"))
            .Key(Key.A).WaitFor("will do 3 items").Key(Key.Enter)
            .WaitFor("for its servers?").Key(Key.Enter)                   // [Yes]
            .WaitFor("halo.discover: Found the servers.")
            .Screen(s =>
            {
                TuiScript.Row(s, "Log in to HaloPSA").ShouldContain("[✓] auto");
                TuiScript.Row(s, "Record the Resource").ShouldContain("[✓] auto");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        discover.Runs.ShouldBe(2);
        discover.Threads.ShouldNotContain(harness.UiThread);
        foreach (var id in new[] { "agent.login", "app.open-api", "app.servers" })
            harness.Run.StateOf(id).Status.ShouldBe(ItemStatus.DoneAutomatically);
        harness.Run.State.Values["tenant"].ShouldBe("example");
    }

    [Fact]
    public void Teams_are_picked_from_a_list_kept_at_once_and_recorded()
    {
        string? keptBeforeReturn = null;
        TuiHarness? harnessRef = null;
        var teams = new FakeAutomation(AutomationNames.Teams, async (_, host, ct) =>
        {
            var picked = await host.PickAsync("Teams Liongard may use", ["Alerts", "Projects", "Service Desk"], ["Alerts"], true, ct);
            if (picked is null)
                return AutomationOutcome.Cancelled("No teams picked.", 1);
            var list = string.Join(", ", picked);
            host.Keep(new Dictionary<string, string> { ["teams"] = list });
            keptBeforeReturn = harnessRef!.Run.State.Values.GetValueOrDefault("teams");
            return Outcomes.Done($"Added the agent to {list}.", ("teams", list));
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(teams));
        harnessRef = harness;
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)                      // [Run them]
            .WaitFor("Fake halo.teams will do 3 items.").Key(Key.Enter)
            .WaitFor("Teams Liongard may use")
            .Screen(s =>
            {
                s.ShouldContain("[x] Alerts");
                s.ShouldContain("[ ] Projects");
                s.ShouldContain("[ ] Service Desk");
            })
            .Key(Key.CursorDown, 2).Key(Key.Space)
            .WaitFor("[x] Service Desk")
            .Key(Key.Enter)
            .WaitFor("halo.teams: Added the agent to Alerts, Service Desk.")
            .Screen(s => TuiScript.Row(s, "Pick the teams").ShouldContain("[✓] auto"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        keptBeforeReturn.ShouldBe("Alerts, Service Desk");
        harness.Run.State.Values["teams"].ShouldBe("Alerts, Service Desk");
        harness.Run.StateOf("agent.teams.pick").Status.ShouldBe(ItemStatus.DoneAutomatically);
    }

    [Fact]
    public void Admin_credentials_are_asked_once_masked_and_a_secret_typed_never_shows()
    {
        var seen = new List<ClientCredentials?>();
        string?[] answers = [null, null];
        var agent = new FakeAutomation(AutomationNames.Agent, async (_, host, ct) =>
        {
            seen.Add(await host.AdminCredentialsAsync(ct));
            return AutomationOutcome.Done("Created the agent Liongard.", 2);
        });
        var application = new FakeAutomation(AutomationNames.Application, async (_, host, ct) =>
        {
            seen.Add(await host.AdminCredentialsAsync(ct));
            answers[0] = await host.AskAsync("Name for the application?", secret: false, ct);
            answers[1] = await host.AskAsync("Type the new Client Secret you set in HaloPSA.", secret: true, ct);
            host.Keep(new Dictionary<string, string> { ["client_secret"] = answers[1]! });
            return AutomationOutcome.Done("Created the application.", 3);
        });
        using var harness = new TuiHarness(automations: new FakeCatalogue(agent, application));
        var script = new TuiScript()
            .WaitFor("Run them now?").Key(Key.Enter)
            .WaitFor("Fake halo.agent will do").Key(Key.Enter)
            .WaitFor("Administrator application")
            .Type("admin-client").Key(Key.Tab).Type(AdminSecret)
            .Screen(s => s.ShouldContain("admin-client"))
            .Key(Key.Enter)
            .WaitFor("Fake halo.application will do").Key(Key.Enter)
            .WaitFor("Name for the application?")                         // no second admin prompt
            .Type("Liongard").Key(Key.Enter)
            .WaitFor("(hidden as you type)")
            .Type(NewSecret)
            .Screen(s => s.ShouldNotContain(NewSecret))
            .Key(Key.Enter)
            .WaitFor("Ran 2 automations; all done.")
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);

        seen.Count.ShouldBe(2);
        seen.ShouldAllBe(c => c != null && c.ClientId == "admin-client" && c.Secret == AdminSecret);
        answers.ShouldBe(["Liongard", NewSecret]);
        harness.Run.State.Values["client_secret"].ShouldBe(NewSecret);
        harness.Store.LastJson!.ShouldNotContain(AdminSecret);
        script.Screens.ShouldNotBeEmpty();
        script.Screens.ShouldAllBe(s => !s.Contains(AdminSecret) && !s.Contains(NewSecret));
    }

    [Fact]
    public void Known_admin_credentials_are_used_without_asking_and_esc_at_the_prompt_means_by_hand()
    {
        ClientCredentials? given = null;
        var agent = new FakeAutomation(AutomationNames.Agent, async (_, host, ct) =>
        {
            given = await host.AdminCredentialsAsync(ct);
            return given is null
                ? AutomationOutcome.FellBack("No administrator credentials; do it by hand.", 0)
                : AutomationOutcome.Done("Created the agent Liongard.", 2);
        });
        var known = new ClientCredentials("env-admin", AdminSecret);
        using (var harness = new TuiHarness(automations: new FakeCatalogue(agent), admin: known))
        {
            var script = new TuiScript()
                .WaitFor("Run them now?").Key(Key.Enter)
                .WaitFor("Fake halo.agent will do").Key(Key.Enter)
                .WaitFor("halo.agent: Created the agent Liongard.")
                .Key(Key.Q.WithCtrl);
            harness.Play(script);
            given.ShouldBeSameAs(known);
        }

        using (var harness = new TuiHarness(automations: new FakeCatalogue(agent)))
        {
            var script = new TuiScript()
                .WaitFor("Run them now?").Key(Key.Enter)
                .WaitFor("Fake halo.agent will do").Key(Key.Enter)
                .WaitFor("Administrator application").Key(Key.Esc)
                .WaitFor("fell back: No administrator credentials")
                .Key(Key.Q.WithCtrl);
            harness.Play(script);
            given.ShouldBeNull();
            harness.Run.StateOf("agent.new").Status.ShouldBe(ItemStatus.Failed);
        }
    }
}
