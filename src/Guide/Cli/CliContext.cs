namespace Guide.Cli;

/// <summary>Where commands write, and the clock they read: real ones in the tool, others in tests.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock)
{
    public static CliContext System { get; } = new(Console.Out, Console.Error, TimeProvider.System);
}
