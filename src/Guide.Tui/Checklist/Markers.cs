using Guide.Core.Runs;

namespace Guide.Tui.Checklist;

/// <summary>Status markers: a glyph or an ASCII box, always followed by the status word (case H12).</summary>
internal sealed class Markers(bool ascii)
{
    public string Box(ItemStatus status) => ascii
        ? ItemStatusText.AsciiBox(status)
        : status switch
        {
            ItemStatus.Open => "[ ]",
            ItemStatus.DoneByHand => "[✓]",
            ItemStatus.DoneAutomatically => "[✓]",
            ItemStatus.Skipped => "[-]",
            ItemStatus.Failed => "[✗]",
            _ => "[?]",
        };

    /// <summary>The marker and a short word, padded so item texts line up: the word carries the meaning without colour or glyphs.</summary>
    public string Status(ItemStatus status) => $"{Box(status)} {Short(status),-4}";

    private static string Short(ItemStatus status) => status switch
    {
        ItemStatus.Skipped => "skip",
        ItemStatus.Failed => "fail",
        _ => ItemStatusText.Word(status),
    };

    public string StepRule => ascii ? "==" : "──";
}
