using Guide.Tui.Tests.Support;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Guide.Tui.Tests;

/// <summary>
/// Enter or Tab from the checklist opens a field of the selected item: never the field used last,
/// and never a plain field for what should be typed into a hidden one.
/// </summary>
public sealed class FieldFromListTests
{
    private const string ClientId = "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d";
    private const string Secret = "Field-Secret-7d41c0e2aa";

    /// <summary>Rows of the real guide's checklist, counted from the top (Home).</summary>
    private const int CredentialsRow = 24;
    private const int ServersRow = 17;
    private const int AgentDetailsRow = 4;

    private static TextField Focused(IApplication app) =>
        app.TopRunnableView?.MostFocused as TextField ?? throw new ShouldAssertException("no field has the focus");

    [Fact]
    public void After_the_client_id_enter_from_the_list_opens_the_hidden_secret_field()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Home).Key(Key.CursorDown, CredentialsRow)
            .Key(Key.Enter).Type(ClientId).Key(Key.Esc)
            .Key(Key.Enter)
            .Do(app => Focused(app).Secret.ShouldBeTrue("the Client ID is recorded: Enter opens the Client Secret"))
            .Type(Secret)
            .Screen(s =>
            {
                s.ShouldNotContain(Secret);
                s.ShouldContain("OK: recorded (23 characters, hidden).");
            })
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);

        harness.Run.State.Values["client_id"].ShouldBe(ClientId);
        harness.Run.State.Values["client_secret"].ShouldBe(Secret);
        script.Screens.ShouldAllBe(s => !s.Contains(Secret));
    }

    [Fact]
    public void Enter_on_another_item_opens_that_items_field_not_the_one_used_last()
    {
        using var harness = new TuiHarness();
        var agentName = harness.Run.Values.GetValueOrDefault("agent_name") ?? "";   // the guide's default
        var script = new TuiScript()
            .Key(Key.Enter).Type("example.halopsa.com").Key(Key.Esc)       // agent.login: instance_url
            .Key(Key.Home).Key(Key.CursorDown, CredentialsRow)
            .Key(Key.Enter).Type(ClientId).Key(Key.Esc)
            .Key(Key.Home).Key(Key.CursorDown, AgentDetailsRow)              // agent.details: agent_name
            .Key(Key.Enter).Type(" 2").Key(Key.Esc)
            .Key(Key.Home).Key(Key.CursorDown, CredentialsRow)
            .Key(Key.Tab).Type(Secret)
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);

        var values = harness.Run.State.Values;
        values["instance_url"].ShouldBe("example.halopsa.com");
        values["client_id"].ShouldBe(ClientId);
        values["agent_name"].ShouldBe(agentName + " 2");
        values["client_secret"].ShouldBe(Secret);
        script.Screens.ShouldAllBe(s => !s.Contains(Secret));
    }

    [Fact]
    public void Of_several_values_enter_opens_the_first_with_a_problem_else_the_first()
    {
        using var harness = new TuiHarness();
        harness.Run.SetValue("resource_server", "https://example.halopsa.com/api");
        harness.Run.SetValue("authorisation_server", "not a web address");
        harness.Run.SetValue("tenant", "example");
        var script = new TuiScript()
            .Key(Key.Home).Key(Key.CursorDown, ServersRow)
            .Key(Key.Enter)
            .Do(app => Focused(app).Text.ShouldBe("not a web address"))
            .Key(Key.Esc)
            .Do(_ => harness.Run.SetValue("authorisation_server", "https://example.halopsa.com/auth"))
            .Key(Key.Enter)
            .Do(app => Focused(app).Text.ShouldBe("https://example.halopsa.com/api", "all three are fine: the first"))
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);
    }

    [Fact]
    public void While_the_list_has_the_focus_the_terminal_cursor_is_hidden()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Do(app => app.Driver!.GetCursor().IsVisible.ShouldBeFalse("at the start the list has the focus"))
            .Key(Key.Enter).Type("example")
            .Do(app => app.Driver!.GetCursor().IsVisible.ShouldBeTrue("typing in a field shows where"))
            .Key(Key.Esc)
            .Do(app => app.Driver!.GetCursor().IsVisible.ShouldBeFalse("back in the list"))
            .Key(Key.CursorDown).Key(Key.CursorUp)
            .Do(app => app.Driver!.GetCursor().IsVisible.ShouldBeFalse("moving through the list"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }
}
