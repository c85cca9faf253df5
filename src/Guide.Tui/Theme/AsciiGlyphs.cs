using System.Text;
using Terminal.Gui.Configuration;

namespace Guide.Tui.Theme;

/// <summary>
/// Frames, boxes and bars drawn with plain ASCII, for consoles whose font lacks line-drawing
/// glyphs (TERM=linux, case H12). Process-wide: call once, before the first view is drawn.
/// </summary>
internal static class AsciiGlyphs
{
    public static void Apply()
    {
        var dash = new Rune('-');
        var bar = new Rune('|');
        var plus = new Rune('+');
        GlyphSettings.Current = GlyphSettings.Default with
        {
            HLine = dash,
            VLine = bar,
            HLineDbl = new Rune('='),
            VLineDbl = bar,
            HLineHv = dash,
            VLineHv = bar,
            ULCorner = plus,
            URCorner = plus,
            LLCorner = plus,
            LRCorner = plus,
            ULCornerR = plus,
            URCornerR = plus,
            LLCornerR = plus,
            LRCornerR = plus,
            ULCornerDbl = plus,
            URCornerDbl = plus,
            LLCornerDbl = plus,
            LRCornerDbl = plus,
            LeftTee = plus,
            RightTee = plus,
            TopTee = plus,
            BottomTee = plus,
            Cross = plus,
            CheckStateChecked = new Rune('x'),
            CheckStateUnChecked = new Rune(' '),
            CheckStateNone = new Rune('-'),
            BlocksMeterSegment = new Rune('#'),
            ContinuousMeterSegment = new Rune('#'),
            HorizontalEllipsis = new Rune('.'),
            VerticalFourDots = new Rune(':'),
            LeftDefaultIndicator = new Rune('<'),
            RightDefaultIndicator = new Rune('>'),
            Dot = new Rune('.'),
            Stipple = new Rune(':'),
            UpArrow = new Rune('^'),
            DownArrow = new Rune('v'),
            LeftArrow = new Rune('<'),
            RightArrow = new Rune('>'),
            ShadowVerticalStart = new Rune(' '),
            ShadowVertical = new Rune(' '),
            ShadowHorizontalStart = new Rune(' '),
            ShadowHorizontal = new Rune(' '),
            ShadowHorizontalEnd = new Rune(' '),
        };
    }
}
