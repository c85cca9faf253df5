using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

internal static class ConfirmDialog
{
    /// <summary>A yes/no question; Esc answers no.</summary>
    public static bool Ask(IApplication app, string title, string question, string yes, string no) =>
        MessageBox.Query(app, title, question, no, yes) == 1;
}
