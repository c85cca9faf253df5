namespace Guide.Terminal;

/// <summary>
/// Decides, before anything is drawn, whether the TUI can start: both ends must be terminals and
/// TERM must not be dumb. (Not CI: a tmux pane under CI is a real terminal.)
/// </summary>
internal static class TerminalCheck
{
    /// <returns>Null when a TUI can run, else why not.</returns>
    public static string? WhyNot()
    {
        if (Console.IsInputRedirected && Console.IsOutputRedirected)
            return "standard input and output are not a terminal";
        if (Console.IsInputRedirected)
            return "standard input is not a terminal";
        if (Console.IsOutputRedirected)
            return "standard output is not a terminal";
        if (string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal))
            return "TERM is dumb";
        return null;
    }

    /// <summary>TERM=linux consoles lack line-drawing glyphs (case H12).</summary>
    public static bool WantsAscii() =>
        string.Equals(Environment.GetEnvironmentVariable("TERM"), "linux", StringComparison.Ordinal);

    /// <summary>NO_COLOR, when present and not empty (no-color.org).</summary>
    public static bool WantsNoColour() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
