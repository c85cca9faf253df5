using System.CommandLine;
using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Reports;
using Guide.State;
using Guide.Terminal;
using Guide.Tui;

namespace Guide.Cli;

/// <summary><c>guide [--offline] [--guide FILE] [--state FILE] [--ascii]</c>: the interactive checklist.</summary>
internal static class InteractiveCommand
{
    public static void Configure(RootCommand root, CliContext context)
    {
        var offline = new Option<bool>("--offline") { Description = "Run the checklist by hand only, with no network at all" };
        var ascii = new Option<bool>("--ascii") { Description = "Plain ASCII markers and frames (automatic when TERM=linux)" };
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        root.Options.Add(offline);
        root.Options.Add(guide);
        root.Options.Add(state);
        root.Options.Add(ascii);
        root.SetAction(parse => Run(context, parse.GetValue(guide), parse.GetValue(state), parse.GetValue(ascii)));
    }

    private static int Run(CliContext context, string? guidePath, string? statePath, bool ascii)
    {
        if (TerminalCheck.WhyNot() is { } why)
        {
            context.Error.WriteLine($"guide: no terminal for the checklist ({why}); run `guide print` for the checklist as Markdown, or `guide report` for the handoff report.");
            return ExitCodes.Usage;
        }

        // Only the offline mode exists so far: its catalogue is empty, so nothing can reach a network.
        var session = RunSession.Open(guidePath, statePath, RunMode.Offline, context.Clock);
        using var lockFile = StateLock.Acquire(session.Store.Path);
        var reports = new TuiReportService(new ReportWriter(session.Run, session.Loaded, context.Clock));
        var services = new TuiServices(reports, EmptyCatalogue.Instance, session.Store.Path);
        var options = new TuiOptions(ascii || TerminalCheck.WantsAscii(), TerminalCheck.WantsNoColour(), "offline");

        var exit = GuideTui.Run(session.Run, services, options);

        var run = session.Run;
        context.Out.WriteLine($"{run.CompleteCount} of {run.TotalCount} items complete. Progress is saved in {session.Store.Path}");
        if (run.SaveError is { } error)
            context.Error.WriteLine($"guide: the last change could not be saved: {error}");
        return exit == TuiExit.Interrupted ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
