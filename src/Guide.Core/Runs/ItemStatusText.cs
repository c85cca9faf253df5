namespace Guide.Core.Runs;

/// <summary>The words and markers that show a status; never a glyph alone (case H12).</summary>
public static class ItemStatusText
{
    public static string Word(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.DoneByHand => "done",
        ItemStatus.DoneAutomatically => "auto",
        ItemStatus.Skipped => "skipped",
        ItemStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>How the item was completed, as the report says it.</summary>
    public static string How(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.DoneByHand => "by hand",
        ItemStatus.DoneAutomatically => "automated",
        ItemStatus.Skipped => "skipped",
        ItemStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>An ASCII box, readable on any console and in Markdown.</summary>
    public static string AsciiBox(ItemStatus status) => status switch
    {
        ItemStatus.Open => "[ ]",
        ItemStatus.DoneByHand => "[x]",
        ItemStatus.DoneAutomatically => "[a]",
        ItemStatus.Skipped => "[-]",
        ItemStatus.Failed => "[!]",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The state-file spelling.</summary>
    public static string Token(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.DoneByHand => "done-by-hand",
        ItemStatus.DoneAutomatically => "done-automatically",
        ItemStatus.Skipped => "skipped",
        ItemStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ItemStatus? FromToken(string? token) => token switch
    {
        "open" => ItemStatus.Open,
        "done-by-hand" => ItemStatus.DoneByHand,
        "done-automatically" => ItemStatus.DoneAutomatically,
        "skipped" => ItemStatus.Skipped,
        "failed" => ItemStatus.Failed,
        _ => null,
    };

    public static bool IsComplete(ItemStatus status) =>
        status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically or ItemStatus.Skipped;
}
