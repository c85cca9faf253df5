using System.Globalization;
using System.Text.RegularExpressions;

namespace Guide.Tests.Support;

/// <summary>Reads a tmux capture: its lines, the text inside a framed pane, and its SGR attributes.</summary>
internal static partial class ScreenText
{
    /// <summary>The captured lines (tmux drops trailing blanks, so a line is as long as its last drawn cell).</summary>
    public static string[] Lines(string screen) => screen.TrimEnd('\n').Split('\n');

    /// <summary>
    /// Whether the window frame fills exactly <paramref name="width"/> x <paramref name="height"/>:
    /// the top and bottom edges span the width and the bottom edge is on the last row.
    /// </summary>
    public static bool FrameIs(string screen, int width, int height)
    {
        var lines = Lines(screen);
        return lines.Length == height
            && lines[0].Length == width && lines[0].StartsWith('┌') && lines[0].EndsWith('┐')
            && lines[^1].Length == width && lines[^1].StartsWith('└') && lines[^1].EndsWith('┘');
    }

    /// <summary>
    /// The lines inside the rounded pane titled <paramref name="title"/> (╭┤title├──╮ ... ╰──╯),
    /// without its borders and scroll bar, trailing blanks trimmed.
    /// </summary>
    public static IReadOnlyList<string> Pane(string screen, string title)
    {
        var lines = Lines(screen);
        var top = Array.FindIndex(lines, l => l.Contains($"┤{title}├", StringComparison.Ordinal));
        if (top < 0)
            throw new InvalidOperationException($"no pane '{title}' on the screen:\n{screen}");
        var left = lines[top].LastIndexOf('╭', lines[top].IndexOf($"┤{title}├", StringComparison.Ordinal));
        var right = lines[top].IndexOf('╮', left);
        var inside = new List<string>();
        for (var row = top + 1; row < lines.Length && lines[row].Length > left && lines[row][left] != '╰'; row++)
        {
            var line = lines[row].PadRight(right + 1);
            inside.Add(line[(left + 1)..right].TrimEnd().TrimEnd('▲', '▼', '█', '░').TrimEnd());
        }
        return inside;
    }

    /// <summary>The pane's text as one line, words parted by single spaces: wrapped lines joined again.</summary>
    public static string PaneProse(string screen, string title) =>
        Regex.Replace(string.Join(' ', Pane(screen, title)), @"\s+", " ").Trim();

    /// <summary>Every SGR sequence of a capture-pane -e, as its list of numeric parameters.</summary>
    public static IEnumerable<int[]> Sgr(string capture) =>
        SgrSequence().Matches(capture).Select(m => m.Groups[1].Value.Length == 0
            ? [0]
            : m.Groups[1].Value.Split(';', ':').Select(p => p.Length == 0 ? 0 : int.Parse(p, CultureInfo.InvariantCulture)).ToArray());

    /// <summary>
    /// The SGR sequences that set a colour: 30-37, 40-47, 90-97, 100-107, or an extended colour
    /// (38, 48, 58 with 5;n or 2;r;g;b). Default colours (39, 49) and attributes are not colours.
    /// </summary>
    public static IEnumerable<string> ColourSequences(string capture) =>
        Sgr(capture).Where(SetsColour).Select(p => "ESC[" + string.Join(';', p) + "m");

    /// <summary>The attribute codes used (bold 1, underline 4, reverse 7, ...), colour sequences left out.</summary>
    public static ISet<int> Attributes(string capture) =>
        Sgr(capture).Where(p => !SetsColour(p)).SelectMany(p => p).ToHashSet();

    private static bool SetsColour(int[] parameters)
    {
        // Read left to right: after 38/48/58 come colour numbers that must not be taken for attributes.
        foreach (var p in parameters)
        {
            if (p is 38 or 48 or 58 or (>= 30 and <= 37) or (>= 40 and <= 47) or (>= 90 and <= 97) or (>= 100 and <= 107))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\x1b\[([0-9;:]*)m")]
    private static partial Regex SgrSequence();
}
