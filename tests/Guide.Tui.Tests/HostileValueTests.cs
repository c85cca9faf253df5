using Guide.Core.Runs;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>
/// Values from a hand-edited state file may hold escape sequences or direction marks: the screen
/// must never carry them to the terminal, while the value stays as it was until retyped.
/// </summary>
public sealed class HostileValueTests
{
    private const string Ansi = "https://x.halopsa.com\u001b[2J\u001b]0;pwned\u0007";
    private const string Rtl = "Lion\u202Egard\u200B";

    [Fact]
    public void A_runaway_paste_stops_at_the_limit_and_says_so()
    {
        using var harness = new TuiHarness();
        var script = new TuiScript()
            .Key(Key.Enter).Type("https://" + new string('a', 1500))
            .Screen(s => s.ShouldContain($"too long; at most {Guide.Core.Values.ValueValidator.MaxLength} characters are taken"))
            .Key(Key.Esc).Key(Key.Q.WithCtrl);

        harness.Play(script);

        harness.Run.State.Values["instance_url"].Length.ShouldBe(Guide.Core.Values.ValueValidator.MaxLength);
    }

    [Fact]
    public void Hostile_values_are_drawn_neutralised_and_kept_untouched()
    {
        var state = RunState.New(TuiHarness.RealGuide.Id, "1", RunMode.Offline, DateTimeOffset.UnixEpoch) with
        {
            Values = RunState.New("x", "1", RunMode.Offline, DateTimeOffset.UnixEpoch).Values
                .Add("instance_url", Ansi).Add("agent_name", Rtl).Add("client_secret", "s\u001b[31m"),
        };
        using var harness = new TuiHarness(100, 30, state: state);
        var screens = new List<string>();
        var script = new TuiScript()
            .Screen(screens.Add)
            .Key(Key.CursorDown, 3).Screen(screens.Add)      // the agent details item records agent_name
            .Key(Key.Home).Key(Key.CursorDown, 24).Screen(screens.Add)
            .Key(Key.R).WaitFor("Handoff report").Screen(screens.Add).Key(Key.Esc)
            .Key(Key.Q.WithCtrl);

        harness.Play(script);

        foreach (var screen in screens)
        {
            screen.ShouldNotContain("\u001b");
            screen.ShouldNotContain("\u0007");
            screen.ShouldNotContain("\u202E");
            screen.ShouldNotContain("\u200B");
        }
        screens[0].ShouldContain("Error: HaloPSA web address contains");
        screens[0].ShouldContain("<U+001B>");
        harness.Run.State.Values["instance_url"].ShouldBe(Ansi, "nothing is changed until the person retypes it");
    }
}
