using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>The keys and what they do.</summary>
internal static class HelpDialog
{
    /// <param name="automated">Whether this mode has automations: A and G are listed only then.</param>
    public static void Show(IApplication app, string statePath, bool automated)
    {
        var lines = KeyHelp.For(automated).Select(k => $"{k.Keys,-15} {k.What}").ToList();
        lines.Add("");
        lines.Add("Every change is saved at once to:");
        lines.Add(statePath);
        using var dialog = new Dialog { Title = "Keys", Width = Dim.Percent(90), Height = Dim.Auto() };
        dialog.Add(new Label { Text = string.Join('\n', lines), Width = Dim.Fill(), Height = Dim.Auto() });
        dialog.AddButton(new Button { Title = "_Close" });
        app.Run(dialog);
    }
}
