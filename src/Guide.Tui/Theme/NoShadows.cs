using Terminal.Gui.Configuration;
using Terminal.Gui.ViewBase;

namespace Guide.Tui.Theme;

/// <summary>
/// Dialog and button shadows are drawn in colour and with block glyphs: neither NO_COLOR nor a
/// console without those glyphs should get them. Process-wide: call before the first view.
/// </summary>
internal static class NoShadows
{
    public static void Apply()
    {
        DialogSettings.Current = DialogSettings.Default with { DefaultShadow = ShadowStyles.None };
        ButtonSettings.Current = ButtonSettings.Default with { DefaultShadow = ShadowStyles.None };
        WindowSettings.Current = WindowSettings.Default with { DefaultShadow = ShadowStyles.None };
    }
}
