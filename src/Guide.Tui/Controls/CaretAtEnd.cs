using Terminal.Gui.Views;

namespace Guide.Tui.Controls;

/// <summary>
/// Entering a field puts the caret after its text instead of selecting it all, so a draft or a
/// recorded value is continued, never replaced wholesale by the first key typed.
/// </summary>
internal static class CaretAtEnd
{
    public static T Attach<T>(T field) where T : TextField
    {
        field.HasFocusChanged += (_, _) =>
        {
            if (!field.HasFocus)
                return;
            field.ClearAllSelection();
            field.InsertionPoint = field.Text.Length;
        };
        return field;
    }
}
