using System.CommandLine;

namespace Guide.Cli;

/// <summary>Options that mean the same on every command.</summary>
internal static class SharedOptions
{
    public static Option<string?> Guide() => new("--guide")
    {
        Description = "A guide file to use instead of the bundled Liongard guide",
        HelpName = "FILE",
    };

    public static Option<string?> State() => new("--state")
    {
        Description = "The run state file (default: $XDG_STATE_HOME/guide/<guide-id>.json, else ~/.local/state/guide/<guide-id>.json)",
        HelpName = "FILE",
    };
}
