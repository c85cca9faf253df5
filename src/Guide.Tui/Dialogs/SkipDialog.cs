using Guide.Tui.Controls;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>Asks why an item is skipped. The draft survives Esc, so an accidental Esc loses nothing.</summary>
internal sealed class SkipDialog
{
    private readonly Dictionary<string, string> _drafts = [];

    /// <returns>The reason, or null when the person cancelled.</returns>
    public string? Ask(IApplication app, string itemId, string itemText)
    {
        using var dialog = new Dialog { Title = "Skip item", Width = Dim.Percent(80), Height = Dim.Auto() };
        var question = new Label { Text = $"Why skip \"{itemText}\"?\nThe reason goes into the report.", Width = Dim.Fill(), Height = Dim.Auto() };
        var reason = CaretAtEnd.Attach(new TextField { Y = Pos.Bottom(question) + 1, Width = Dim.Fill(), Text = _drafts.GetValueOrDefault(itemId) ?? "" });
        dialog.Add(question, reason);
        dialog.AddButton(new Button { Title = "_Cancel" });
        dialog.AddButton(new Button { Title = "_Skip" });
        reason.SetFocus();
        app.Run(dialog);

        _drafts[itemId] = reason.Text;
        if (dialog.Result != 1)
            return null;
        _drafts.Remove(itemId);
        return reason.Text;
    }
}
