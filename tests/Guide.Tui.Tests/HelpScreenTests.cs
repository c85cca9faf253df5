using Guide.Core.Automation;
using Guide.Tui.Tests.Fakes;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The help screen (F1) lists what the keys really do in this mode.</summary>
public sealed class HelpScreenTests
{
    [Fact]
    public void Offline_help_says_space_moves_on_lists_home_and_end_and_leaves_out_a_and_g()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.F1).WaitFor("Ctrl+Q")
            .Screen(s =>
            {
                TuiScript.Line(s, "Space ").ShouldContain("tick or untick, and move to the next item");
                TuiScript.Line(s, "Home, End").ShouldContain("first or last line of the checklist");
                s.ShouldNotContain("run the item's automation");
                s.ShouldNotContain("run every automation");
            })
            .Key(Key.Esc)
            .Key(Key.End)
            .Screen(s => s.ShouldContain("Hand the values to the Liongard side"))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }

    [Fact]
    public void With_automations_help_lists_a_and_g()
    {
        var discover = new FakeAutomation(AutomationNames.Discover, (_, _, _) => Outcomes.DoneAsync("done"));
        using var harness = new TuiHarness(automations: new FakeCatalogue(discover));
        foreach (var id in new[] { "agent.login", "app.open-api", "app.servers" })
            harness.Run.Skip(id, "done elsewhere");                     // nothing to offer at the start
        var script = new TuiScript()
            .Wait(TimeSpan.FromMilliseconds(200))
            .Key(Key.F1).WaitFor("Ctrl+Q")
            .Screen(s =>
            {
                TuiScript.Line(s, "run the item's automation").ShouldContain("A ");
                TuiScript.Line(s, "run every automation").ShouldContain("G ");
            })
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);
    }
}
