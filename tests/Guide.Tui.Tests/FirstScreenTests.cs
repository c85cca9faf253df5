using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

public sealed class FirstScreenTests
{
    [Fact]
    public void Shows_title_progress_first_step_and_key_help()
    {
        using var harness = new TuiHarness(80, 24);
        var script = new TuiScript()
            .Screen(screen =>
            {
                screen.ShouldContain("Guide: Create a Liongard API Account in HaloPSA [offline]");
                screen.ShouldContain("0 of 31 complete");
                screen.ShouldContain("── Step 1: Create the Liongard agent");
                TuiScript.Row(screen, "Log in to HaloPSA").ShouldContain("[ ] open");
                screen.ShouldContain("Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit");
                screen.ShouldContain("HaloPSA web address:");
            })
            .Key(Key.Q.WithCtrl);

        harness.Play(script).ShouldBe(TuiExit.Quit);
    }
}
