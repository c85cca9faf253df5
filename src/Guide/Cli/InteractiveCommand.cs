using System.CommandLine;
using Guide.Content;
using Guide.Modes;
using Guide.Reports;
using Guide.State;
using Guide.Terminal;
using Guide.Tui;

namespace Guide.Cli;

/// <summary><c>guide [--offline | --sandbox] [--guide FILE] [--state FILE] [--ascii]</c>: the interactive checklist.</summary>
internal static class InteractiveCommand
{
    public static void Configure(RootCommand root, CliContext context)
    {
        var offline = new Option<bool>("--offline") { Description = "Run the checklist by hand only, with no network at all" };
        var sandbox = new Option<bool>("--sandbox") { Description = "Run everything against a HaloPSA simulator on this machine: a demo that needs no HaloPSA" };
        var ascii = new Option<bool>("--ascii") { Description = "Plain ASCII markers and frames (automatic when TERM=linux)" };
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        foreach (var option in new Option[] { offline, sandbox, guide, state, ascii })
            root.Options.Add(option);
        root.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(offline), parse.GetValue(sandbox), parse.GetValue(guide), parse.GetValue(state), parse.GetValue(ascii), cancellationToken));
    }

    private static async Task<int> RunAsync(CliContext context, bool offline, bool sandbox, string? guidePath, string? statePath, bool ascii, CancellationToken cancellationToken)
    {
        if (TerminalCheck.WhyNot() is { } why)
        {
            context.Error.WriteLine($"guide: no terminal for the checklist ({why}); run `guide apply` for the automated steps without one, " +
                "`guide print` for the checklist as Markdown, or `guide report` for the handoff report.");
            return ExitCodes.Usage;
        }

        GuideTui.Prepare();
        var loaded = GuideLoader.Load(guidePath);
        var path = RunSession.StatePath(loaded, statePath);
        using var lockFile = StateLock.Acquire(path);
        await using var mode = await ModeSetup.CreateAsync(offline, sandbox, path, context, cancellationToken).ConfigureAwait(false);
        var session = RunSession.Open(loaded, path, mode.Mode, context.Clock);
        mode.Prefill(session.Run, context);

        var reports = new TuiReportService(new ReportWriter(session.Run, session.Loaded, context.Clock));
        var services = new TuiServices(reports, mode.Catalogue, session.Store.Path, mode.Admin);
        var options = new TuiOptions(ascii || TerminalCheck.WantsAscii(), TerminalCheck.WantsNoColour(), mode.Label, session.Resumed);

        var exit = GuideTui.Run(session.Run, services, options);

        var run = session.Run;
        context.Out.WriteLine($"{run.CompleteCount} of {run.TotalCount} items complete. Progress is saved in {session.Store.Path}");
        if (run.SaveError is { } error)
            context.Error.WriteLine($"guide: the last change could not be saved: {error}");
        return exit == TuiExit.Interrupted ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
