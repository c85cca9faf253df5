using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Guide.Tui.Theme;

/// <summary>
/// NO_COLOR: the terminal's own colours everywhere, emphasis by reverse video, underline and
/// bold only. (Terminal.Gui on its own only drops to 16 colours.) Process-wide: call once, before
/// the first view is drawn.
/// </summary>
internal static class Monochrome
{
    public static void Apply()
    {
        var plain = new Attribute(Color.None, Color.None);
        var reverse = plain with { Style = TextStyle.Reverse };
        var scheme = new Scheme(plain)
        {
            Normal = plain,
            HotNormal = plain with { Style = TextStyle.Underline },
            Focus = reverse,
            HotFocus = reverse with { Style = TextStyle.Reverse | TextStyle.Underline },
            Active = reverse,
            HotActive = reverse with { Style = TextStyle.Reverse | TextStyle.Underline },
            Highlight = plain with { Style = TextStyle.Bold },
            Editable = plain with { Style = TextStyle.Underline },
            ReadOnly = plain with { Style = TextStyle.Faint },
            Disabled = plain with { Style = TextStyle.Faint },
            Code = plain,
        };
        foreach (var name in SchemeManager.GetSchemeNames())
            SchemeManager.AddScheme(name, scheme);
    }
}
