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
        var teams = new Option<string?>("--teams") { Description = "The teams Liongard may send tickets to, comma separated", HelpName = "A,B" };
        var output = new Option<string?>("--out") { Description = "Where to write the report (default: ./<guide-id>-handoff-<date>.md)", HelpName = "FILE" };
        var guide = SharedOptions.Guide();
        var state = SharedOptions.State();
        var command = new Command("apply", "Do every automated step without a TUI, then write the state and the handoff report");
        foreach (var option in new Option[] { sandbox, yes, teams, guide, state, output })
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(sandbox), parse.GetValue(yes),
            parse.GetValue(teams)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            parse.GetValue(guide), parse.GetValue(state), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, bool sandbox, bool yes, string[]? teams, string? guidePath, string? statePath,
        string? output, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var loaded = GuideLoader.Load(guidePath);
        var path = RunSession.StatePath(loaded, statePath);
        using var lockFile = StateLock.Acquire(path);
        await using var mode = await ModeSetup.CreateAsync(offline: false, sandbox, path, context, cancellationToken).ConfigureAwait(false);
        var session = RunSession.Open(loaded, path, mode.Mode, context.Clock);
        var run = session.Run;
        mode.Prefill(run, context);
        var host = new ConsoleAutomationHost(context, yes, teams, mode.Admin, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected);
        var runner = new AutomationRunner(run, mode.Catalogue);

        context.Out.WriteLine($"guide apply ({mode.Label}): {run.CompleteCount} of {run.TotalCount} items complete; state in {session.Store.Path}");
        var failed = false;
        var pending = runner.Pending();
        for (var i = 0; i < pending.Count; i++)
        {
            context.Out.WriteLine($"[{i + 1}/{pending.Count}] {pending[i]}: {runner.Describe(pending[i])}");
            var outcome = await runner.RunAsync(pending[i], host, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"  {Word(outcome.Status)}: {outcome.Summary}");
            failed |= outcome.Status == AutomationStatus.Failed;
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

        var writer = new ReportWriter(run, session.Loaded, context.Clock);
        try
        {
            var written = writer.Save(output ?? "", redactSecrets: false, overwrite: yes);
            context.Out.WriteLine($"Report written to {written} (it holds the Client Secret; readable by you only).");
        }
        catch (IOException ex)
        {
            context.Out.WriteLine($"Report not written: {ex.Message}. Write it with `guide report --force` or another --out.");
        }
        return failed || run.State.Checks.Any(c => c.Status == CheckStatus.Fail) ? ExitCodes.Failed : ExitCodes.Ok;
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
