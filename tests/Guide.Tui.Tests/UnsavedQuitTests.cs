using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>Quitting after a change that could not be saved asks first, in lines, naming the error safely.</summary>
public sealed class UnsavedQuitTests
{
    [Fact]
    public void The_question_keeps_its_lines_and_shows_a_control_character_in_the_error_by_name()
    {
        using var harness = new TuiHarness(store: new FailingStore("cannot write /state/run.json: disk full\u001b[2J"));
        var script = new TuiScript()
            .Key(Key.CursorDown).Key(Key.Space)
            .Key(Key.Q.WithCtrl)
            .WaitFor("Quit anyway?")
            .Screen(s =>
            {
                s.ShouldNotContain("<U+000A>");
                s.ShouldNotContain("\u001b");
                TuiScript.Line(s, "The last change could not be saved:").ShouldNotContain("disk full");
                TuiScript.Line(s, "disk full").ShouldContain("disk full<U+001B>[2J");
            })
            .Key(Key.S)                                                   // Stay
            .Screen(s => s.ShouldNotContain("Quit anyway?"))
            .Key(Key.Q.WithCtrl).WaitFor("Quit anyway?").Key(Key.Enter);   // Quit is Enter's answer

        harness.Play(script).ShouldBe(TuiExit.Quit);
    }
}
