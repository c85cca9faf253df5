using System.CommandLine;
using Guide.Sandbox;
using Guide.Sandbox.Faults;

namespace Guide.Cli;

/// <summary>
/// <c>guide sandbox</c>: the HaloPSA simulator alone, on loopback. It prints its settings as
/// export lines (throw-away values of its own), then serves until Ctrl+C or SIGTERM.
/// </summary>
internal static class SandboxCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (default: a free one, printed)", HelpName = "N" };
        var data = new Option<string?>("--data") { Description = "Keep the simulator's data in this file across restarts", HelpName = "FILE" };
        var faults = new Option<string[]>("--fault")
        {
            Description = "Inject a fault: NAME[=SECONDS][:METHOD][:PATH][:COUNT], e.g. rate-limit=30:GET:/api/Tickets:2. Names: " + string.Join(", ", FaultSwitch.Names),
            HelpName = "FAULT",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("sandbox", "Run the HaloPSA simulator on loopback, for trying Guide with no HaloPSA instance");
        command.Options.Add(port);
        command.Options.Add(data);
        command.Options.Add(faults);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(port), parse.GetValue(data), parse.GetValue(faults) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, int port, string? dataFile, string[] faultTexts, CancellationToken cancellationToken)
    {
        var rules = new List<FaultRule>();
        foreach (var text in faultTexts)
        {
            if (!FaultRule.TryParse(text, out var rule, out var error))
                throw new UsageException($"--fault {text}: {error}\n{FaultSwitch.Describe()}");
            rules.Add(rule!);
        }
        if (port is < 0 or > 65535)
            throw new UsageException($"--port {port} is not a port number (0 to 65535)");

        SandboxServer server;
        try
        {
            server = await SandboxServer.StartAsync(new SandboxOptions
            {
                Port = port,
                DataFile = dataFile,
                Faults = rules,
                SeedLiongard = true,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new UsageException($"the sandbox cannot start: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"the sandbox data file cannot be used: {ex.Message}");
        }

        await using (server.ConfigureAwait(false))
        {
            foreach (var line in server.Settings.ToExportLines())
                context.Out.WriteLine(line);
            context.Out.WriteLine($"# HaloPSA sandbox on {server.BaseUrl}{(dataFile is null ? "" : $", data in {Path.GetFullPath(dataFile)}")}; Ctrl+C stops it.");
            context.Out.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                context.Error.WriteLine("guide: sandbox stopped.");
            }
        }
        return ExitCodes.Ok;
    }
}
