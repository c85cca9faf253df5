namespace Guide.Tui;

/// <summary>How an interactive run ended.</summary>
public enum TuiExit
{
    /// <summary>The person quit (Ctrl+Q); progress is saved.</summary>
    Quit,

    /// <summary>Ctrl+C or a signal; progress is saved.</summary>
    Interrupted,
}
