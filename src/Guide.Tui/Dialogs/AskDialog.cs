using Guide.Tui.Checklist;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>One line of text an automation asks for; masked when it is a secret.</summary>
internal static class AskDialog
{
    /// <returns>The text typed, or null when the person cancelled (Esc).</returns>
    public static string? Ask(IApplication app, string question, bool secret)
    {
        using var dialog = new Dialog { Title = "Guide asks", Width = Dim.Percent(80), Height = Dim.Auto() };
        var label = new Label { Text = PlainText.Of(question) + (secret ? "\n(hidden as you type)" : ""), Width = Dim.Fill(), Height = Dim.Auto() };
        label.TextFormatter.WordWrap = true;
        var answer = new TextField { Y = Pos.Bottom(label) + 1, Width = Dim.Fill(), Secret = secret };
        dialog.Add(label, answer);
        dialog.AddButton(new Button { Title = "_Cancel" });
        dialog.AddButton(new Button { Title = "_OK" });
        answer.SetFocus();
        app.Run(dialog);
        return dialog.Result == 1 ? answer.Text : null;
    }
}
