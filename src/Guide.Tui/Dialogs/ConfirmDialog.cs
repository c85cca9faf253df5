using Guide.Core.Values;
using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

internal static class ConfirmDialog
{
    /// <summary>A yes/no question; Esc answers no. Questions can carry names from the tenant: never drawn raw.</summary>
    public static bool Ask(IApplication app, string title, string question, string yes, string no) =>
        MessageBox.Query(app, TextSafety.Neutralise(title), TextSafety.Neutralise(question), no, yes) == 1;

    /// <summary>
    /// A yes/no question of several lines, some holding outside text (a path, an error): each line
    /// is neutralised on its own, so the line breaks meant here stay line breaks and one inside
    /// outside text is shown by name. Esc answers no; Enter answers <paramref name="enterAnswers"/>.
    /// </summary>
    public static bool Ask(IApplication app, string title, IReadOnlyList<string> lines, string yes, string no, bool enterAnswers)
    {
        var text = string.Join('\n', lines.Select(TextSafety.Neutralise));
        // MessageBox makes its last button the default one.
        return enterAnswers
            ? MessageBox.Query(app, TextSafety.Neutralise(title), text, no, yes) == 1
            : MessageBox.Query(app, TextSafety.Neutralise(title), text, yes, no) == 0;
    }
}
