using Guide.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Tests.Support;

/// <summary>Runs the command line in-process, capturing what it writes.</summary>
internal sealed record CliRun(int Exit, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GuideCli.Run(args, new CliContext(output, error, new FakeTimeProvider(Now)));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
