using System.Globalization;
using System.Text;

namespace Guide.Core.Values;

/// <summary>
/// Finds characters that have no business in a recorded value: control characters (which
/// include the escape that starts a terminal escape sequence), invisible format characters
/// (zero-width spaces, direction marks and overrides, byte-order marks) and line separators.
/// </summary>
public static class TextSafety
{
    /// <summary>The first unsafe character and its 0-based position, or null when there is none.</summary>
    public static (int Index, Rune Rune)? FindUnsafe(string text)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsUnsafe(rune))
                return (index, rune);
            index += rune.Utf16SequenceLength;
        }
        return null;
    }

    public static bool IsUnsafe(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };

    /// <summary>
    /// A copy safe to draw on a terminal or write into a file: every unsafe character replaced by
    /// its U+XXXX name, so nothing typed can move the cursor, recolour or reorder the screen.
    /// </summary>
    public static string Neutralise(string text)
    {
        if (FindUnsafe(text) is null)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
            builder.Append(IsUnsafe(rune) ? $"<U+{rune.Value:X4}>" : rune.ToString());
        return builder.ToString();
    }

    /// <summary>A short, safe name for an unsafe character, for messages.</summary>
    public static string Describe(Rune rune) => rune.Value switch
    {
        0x1B => "an escape character (U+001B)",
        0x200B => "a zero-width space (U+200B)",
        0x200E or 0x200F or 0x202A or 0x202B or 0x202C or 0x202D or 0x202E or 0x2066 or 0x2067 or 0x2068 or 0x2069
            => $"a text-direction mark (U+{rune.Value:X4})",
        0xFEFF => "a byte-order mark (U+FEFF)",
        < 0x20 or 0x7F => $"a control character (U+{rune.Value:X4})",
        _ => $"an invisible character (U+{rune.Value:X4})",
    };
}
