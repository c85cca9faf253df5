using Guide.Cli;

try
{
    return GuideCli.Run(args, CliContext.System);
}
catch (Exception ex)
{
    // A bug, not an expected failure. The terminal is already restored (the TUI disposes its
    // application on the way out) and every change was saved as it was made.
    Console.Error.WriteLine($"guide: unexpected error ({ex.GetType().Name}): {ex.Message}");
    Console.Error.WriteLine("Your progress up to the last change is saved. Please report this, with the steps that led to it.");
    return 1;
}
finally
{
    // .NET's console switches the terminal's keypad to "application" mode and leaves it so;
    // put it back, or arrow keys misbehave in some shells afterwards.
    if (!Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is { } term && term != "dumb")
        Console.Out.Write("\u001b[?1l\u001b>");
}
