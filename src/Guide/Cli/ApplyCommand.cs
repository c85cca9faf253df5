using System.CommandLine;
using System.Diagnostics;
using Guide.Apply;
using Guide.Content;
using Guide.Core.Automation;
using Guide.Core.Runs;
using Guide.Modes;
using Guide.Reports;
using Guide.State;

namespace Guide.Cli;

/// <summary>
/// <c>guide apply</c>: the run without a TUI, for scripts. Every automation in order, plain
/// progress lines; manual items are left open and listed; the state and the report are written.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliContext context)
    {
        var sandbox = new Option<bool>("--sandbox") { Description = "Run against the HaloPSA simulator on this machine (no HaloPSA needed)" };
        var yes = new Option<bool>("--yes") { Description = "Allow every change without asking (creating the agent, the application, a test ticket)" };
        var teams = new Option<string?>("--teams")
        {
            Description = "The teams Liongard may send tickets to, comma separated. Without it: the teams the run recorded or the agent " +
                "already has; else none on a real HaloPSA (the agent then sees no tickets), and every team with --sandbox",
            HelpName = "A,B",
        };
        var output = new Option<string?>("--out") { Description = "Where to write the report (default: ./<guide-id>-handoff-<date>.md)", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the report file even if this run did not write it, or it was changed since" };
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        var command = new Command("apply",
            "Do every automated step without a TUI, then write the state and the handoff report.\n" +
            $"Against a real HaloPSA, the administrator credentials come from {HaloSettings.AdminClientId} and {HaloSettings.AdminClientSecret} " +
            "(the HaloPSA address and any values not yet recorded from the other HALO_* settings); --sandbox needs none.\n" +
            "An existing report file is replaced only when it is the report this run last wrote and nobody has changed it since; " +
            "otherwise it is left alone and the report is not written (give another --out, or --force).");
        foreach (var option in new Option[] { sandbox, yes, teams, guide, state, output, force })
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(sandbox), parse.GetValue(yes),
            parse.GetValue(teams)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            parse.GetValue(guide), parse.GetValue(state), parse.GetValue(output), parse.GetValue(force), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, bool sandbox, bool yes, string[]? teams, string? guidePath, string? statePath,
        string? output, bool force, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var loaded = GuideLoader.Load(guidePath);
        var path = RunSession.StatePath(loaded, statePath);
        using var lockFile = StateLock.Acquire(path);
        await using var mode = await ModeSetup.CreateAsync(offline: false, sandbox, path, context, cancellationToken).ConfigureAwait(false);
        var session = RunSession.Open(loaded, path, mode.Mode, context.Clock);
        var run = session.Run;
        mode.Prefill(run, context);
        var host = new ConsoleAutomationHost(context, yes, teams, mode.Admin, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected,
            allTeamsByDefault: mode.AllTeamsByDefault);
        var runner = new AutomationRunner(run, mode.Catalogue);

        context.Out.WriteLine($"guide apply ({mode.Label}): {run.CompleteCount} of {run.TotalCount} items complete; state in {session.Store.Path}");
        var failed = false;
        var pending = runner.Pending();
        for (var i = 0; i < pending.Count; i++)
        {
            // What ran before may have done its items, or left a proof's result standing.
            if (!runner.Pending().Contains(pending[i]))
            {
                context.Out.WriteLine($"[{i + 1}/{pending.Count}] {pending[i]}: nothing to do now (its items are complete, and what it covers did not change).");
                continue;
            }
            context.Out.WriteLine($"[{i + 1}/{pending.Count}] {pending[i]}: {runner.Describe(pending[i])}");
            var outcome = await runner.RunAsync(pending[i], host, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"  {Word(outcome.Status)}: {outcome.Summary}");
            failed |= outcome.Status == AutomationStatus.Failed;
            if (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C, SIGINT or SIGTERM: stop here rather than cancel every automation left in turn.
                context.Error.WriteLine($"guide: interrupted; progress is saved in {session.Store.Path}. Run `guide apply` again to go on.");
                return ExitCodes.Interrupted;
            }
        }

        var open = run.Guide.Items.Where(i => run.StateOf(i.Id).Status is ItemStatus.Open or ItemStatus.Failed).ToList();
        context.Out.WriteLine();
        context.Out.WriteLine($"{run.CompleteCount} of {run.TotalCount} items complete, {run.State.HttpRequests} HTTP requests in all, {watch.Elapsed.TotalSeconds:0.0} s.");
        if (open.Count > 0)
        {
            context.Out.WriteLine("Left to do by hand (then tick them in `guide` or leave them for the report):");
            foreach (var item in open)
                context.Out.WriteLine($"  - {Checklist(item.Text)}{(run.StateOf(item.Id).Detail is { } why ? $" ({why})" : "")}");
        }

        WriteReport(context, run, new ReportWriter(run, session.Loaded, context.Clock), output, force);
        return failed || run.State.Checks.Any(c => c.Status == CheckStatus.Fail) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>
    /// Writes the report unless that would replace a file this run did not write, or one changed
    /// since (a person's notes, another customer's handoff); --force replaces it anyway. A report
    /// not written leaves the exit code as the run made it: the state holds everything.
    /// </summary>
    private static void WriteReport(CliContext context, Run run, ReportWriter writer, string? output, bool force)
    {
        try
        {
            var target = writer.Target(output ?? "");
            if (!force && OwnReport.WhyNotReplace(run, target) is { } why)
            {
                context.Out.WriteLine($"Report not written: {why}; give --out FILE (or --force to replace it).");
                return;
            }
            var text = writer.Render(redactSecrets: false);
            ReportWriter.Write(target, text);
            OwnReport.Remember(run, target, text);
            context.Out.WriteLine($"Report written to {target} (it holds the Client Secret; readable by you only).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Out.WriteLine($"Report not written: {ex.Message}; give --out FILE.");
        }
    }

    private static string Word(AutomationStatus status) => status switch
    {
        AutomationStatus.Done => "done",
        AutomationStatus.FellBack => "partly done; the rest by hand",
        AutomationStatus.Cancelled => "not done",
        _ => "failed",
    };

    private static string Checklist(string markdown) => Markdig.Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();
}
