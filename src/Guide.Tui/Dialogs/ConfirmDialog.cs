using Guide.Core.Values;
using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

internal static class ConfirmDialog
{
    /// <summary>A yes/no question; Esc answers no. Questions can carry names from the tenant: never drawn raw.</summary>
    public static bool Ask(IApplication app, string title, string question, string yes, string no) =>
        MessageBox.Query(app, TextSafety.Neutralise(title), TextSafety.Neutralise(question), no, yes) == 1;
}
