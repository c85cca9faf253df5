using System.CommandLine;
using Guide.Reports;
using Guide.State;

namespace Guide.Cli;

/// <summary><c>guide report [--state FILE] [--out FILE|-] [--redact-secrets]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        var output = new Option<string?>("--out")
        {
            Description = "Where to write the report; - writes it to standard output (default: ./<guide-id>-handoff-<date>.md)",
            HelpName = "FILE|-",
        };
        var redact = new Option<bool>("--redact-secrets") { Description = "Mask the Client Secret in the report" };
        var force = new Option<bool>("--force") { Description = "Replace the report file if it exists" };
        var command = new Command("report", "Write the Markdown handoff report of the saved run");
        command.Options.Add(guide);
        command.Options.Add(state);
        command.Options.Add(output);
        command.Options.Add(redact);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var statePath = parse.GetValue(state);
            var session = RunSession.Open(parse.GetValue(guide), statePath, mode: null, context.Clock, mustExist: statePath is not null);
            if (!session.Resumed)
                context.Error.WriteLine($"guide: no saved run at {session.Store.Path}; the report shows every item open.");
            var writer = new ReportWriter(session.Run, session.Loaded, context.Clock);
            var target = parse.GetValue(output);
            var redacted = parse.GetValue(redact);
            if (target == "-")
            {
                context.Out.Write(writer.Render(redacted));
                return ExitCodes.Ok;
            }
            try
            {
                var written = writer.Save(target ?? "", redacted, parse.GetValue(force));
                context.Out.WriteLine($"Report written to {written}{(redacted ? " (Client Secret redacted)" : " (it holds the Client Secret; the file is readable by you only)")}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"the report was not written: {ex.Message}{(ex.Message.Contains("exists already", StringComparison.Ordinal) ? " (give --force to replace it, or another --out)" : "")}");
            }
        });
        return command;
    }
}
