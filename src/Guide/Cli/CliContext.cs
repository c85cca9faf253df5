namespace Guide.Cli;

/// <summary>What commands read and write, and the clock: the real ones in the tool, others in tests.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock)
{
    public static CliContext System { get; } = new(Console.Out, Console.Error, TimeProvider.System);

    /// <summary>Standard input, for a secret piped in (never a command-line argument).</summary>
    public TextReader In { get; init; } = Console.In;

    public Func<string, string?> Environment { get; init; } = global::System.Environment.GetEnvironmentVariable;
}
