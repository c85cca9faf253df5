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

    /// <summary>The marker and the word, padded so item texts line up.</summary>
    public string Status(ItemStatus status) => $"{Box(status)} {ItemStatusText.Word(status),-7}";

    public string StepRule => ascii ? "==" : "──";
}
