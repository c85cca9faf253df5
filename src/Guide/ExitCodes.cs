namespace Guide;

/// <summary>The exit codes, the same for every command (DESIGN.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings allowed unless --strict. Quitting the TUI with items open is also 0.</summary>
    public const int Ok = 0;

    /// <summary>A check failed, lint found errors, or HaloPSA could not be reached.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage, an unreadable or corrupt input file, or no terminal for the TUI.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C or a signal); progress is saved.</summary>
    public const int Interrupted = 130;
}
