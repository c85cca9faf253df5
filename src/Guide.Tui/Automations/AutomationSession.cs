using Guide.Core.Automation;
using Guide.Core.Runs;
using Terminal.Gui.App;

namespace Guide.Tui.Automations;

/// <summary>
/// The window's automations: runs them one at a time, each in its own running dialog, and
/// keeps what lasts for the session (the host, and with it any administrator credentials typed).
/// Everything here runs on the UI thread; only the automations themselves run on a background task.
/// </summary>
internal sealed class AutomationSession(Run run, TuiServices services, TuiOptions options, TimeProvider clock) : IDisposable
{
    private readonly AutomationRunner _runner = new(run, services.Automations);
    private TuiAutomationHost? _host;
    private RunningDialog? _current;

    /// <summary>Whether this mode automates anything at all (offline does not).</summary>
    public bool Any => AutomationNames.All.Any(_runner.IsAvailable);

    public bool IsAvailable(string name) => _runner.IsAvailable(name);

    public bool IsPending(string name) => _runner.Pending().Contains(name);

    /// <summary>Open items that one of this mode's automations would do.</summary>
    public int OpenItems() =>
        _runner.Pending().Sum(name => _runner.RequestFor(name).Items.Count);

    /// <summary>Cancels the automation now running, if any (Ctrl+C, Ctrl+Q, a signal).</summary>
    public void CancelCurrent() => _current?.Cancel();

    /// <summary>Runs one automation (A); returns what to say on the message line.</summary>
    public string RunOne(IApplication app, string name)
    {
        Host(app).BeginAction();
        return Run(app, name).Message;
    }

    /// <summary>
    /// Runs every pending automation in guide order (G, or yes to the start-up offer), stopping
    /// when the person cancels one or the run is ending.
    /// </summary>
    public string RunAll(IApplication app, Func<bool> ending)
    {
        Host(app).BeginAction();
        var names = _runner.Pending();
        int ran = 0, done = 0;
        var lastMessage = "";
        foreach (var name in names)
        {
            if (!_runner.Pending().Contains(name))
                continue;
            var (outcome, message) = Run(app, name);
            if (outcome is null or { Status: AutomationStatus.Cancelled } || ending())
                return $"{message} G stopped there ({ran} of {names.Count} run).";
            ran++;
            done += outcome.Status == AutomationStatus.Done ? 1 : 0;
            lastMessage = message;
        }
        if (ran == 1)
            return lastMessage;
        var byHand = ran - done;
        return byHand == 0
            ? $"Ran {ran} automations; all done."
            : $"Ran {ran} automations: {done} done, {byHand} left items to do by hand (marked fail).";
    }

    private (AutomationOutcome? Outcome, string Message) Run(IApplication app, string name)
    {
        var host = Host(app);
        var describe = _runner.Describe(name);
        using var dialog = new RunningDialog(app, name, describe, options.Ascii, clock, token => _runner.RunAsync(name, host, token));
        _current = dialog;
        host.ProgressView = dialog;
        try
        {
            // The dialog closes only once the task has ended, so reading its result never blocks.
            var task = dialog.RunModal();
            if (task is null)
                return (null, OutcomeText.For(name, null));
            // A cancellation the runner did not turn into an outcome was not ours (an HTTP timeout, say).
            if (!task.IsCompletedSuccessfully)
                return (null, OutcomeText.Crashed(name, task.Exception?.GetBaseException() ?? new TaskCanceledException()));
            return (task.Result, OutcomeText.For(name, task.Result));
        }
        finally
        {
            _current = null;
            host.ProgressView = null;
        }
    }

    private TuiAutomationHost Host(IApplication app) => _host ??= new TuiAutomationHost(app, services.AdminCredentials);

    public void Dispose() => _host?.Dispose();
}
