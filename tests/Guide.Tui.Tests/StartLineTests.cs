using Guide.Core.Runs;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>The first screen's status line says which run this is and where it is kept.</summary>
public sealed class StartLineTests
{
    [Fact]
    public void A_resumed_run_says_which_file_it_resumed_and_how_far_it_is()
    {
        var state = RunState.New(TuiHarness.RealGuide.Id, "1", RunMode.Offline, DateTimeOffset.UnixEpoch);
        using var harness = new TuiHarness(80, 24, state: state, options: new TuiOptions(false, false, "offline", Resumed: true));
        harness.Run.SetValue("instance_url", "https://example.halopsa.com");
        harness.Run.Tick("agent.login");
        harness.Run.Tick("agent.open-agents");
        var script = new TuiScript()
            .Screen(s => s.ShouldContain("Resumed /state/liongard-halopsa.json (2 of 31 complete)."))
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }

    [Fact]
    public void A_new_run_says_where_it_is_saved()
    {
        using var harness = new TuiHarness(80, 24);
        var script = new TuiScript()
            .Screen(s =>
            {
                s.ShouldContain("New run, saved to /state/liongard-halopsa.json.");
                s.ShouldNotContain("Resumed");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script);
    }
}
