using Guide.Core.Automation;
using Guide.Core.Values;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Automations;

/// <summary>
/// One automation, modal: first what it will do, with [Cancel] [Run]; once running, a spinner,
/// the call in flight and any retry countdown. Esc or Cancel cancels the token, and the dialog
/// stays until the task has really stopped, so nothing is still running behind the checklist.
/// </summary>
internal sealed class RunningDialog : Dialog
{
    private readonly IApplication _app;
    private readonly TimeProvider _clock;
    private readonly Func<CancellationToken, Task<AutomationOutcome>> _start;
    // Not disposed: CancelAsync may still be running its callbacks when the dialog closes, and a
    // source without a timer holds nothing that needs releasing.
    private readonly CancellationTokenSource _cancel = new();
    private readonly SpinnerView _spinner;
    private readonly Label _activity;
    private readonly Label _countdown;
    private readonly Button _run;
    private readonly Button _cancelButton;
    private Task<AutomationOutcome>? _task;
    private Activity? _shown;
    private object? _tick;
    private bool _finished;

    public RunningDialog(IApplication app, string name, string description, bool ascii, TimeProvider clock, Func<CancellationToken, Task<AutomationOutcome>> start)
    {
        _app = app;
        _clock = clock;
        _start = start;
        Title = $"Automation: {name}";
        Width = Dim.Percent(85);
        Height = Dim.Auto();

        var what = new Label { Text = TextSafety.Neutralise(description.ReplaceLineEndings(" ")), Width = Dim.Fill(), Height = Dim.Auto() };
        what.TextFormatter.WordWrap = true;
        _spinner = new SpinnerView { X = 0, Y = Pos.Bottom(what) + 1, Visible = false, Style = ascii ? new SpinnerStyle.Line() : new SpinnerStyle.Dots() };
        _activity = new Label { X = 2, Y = Pos.Bottom(what) + 1, Width = Dim.Fill(), Text = "Run starts it; Cancel or Esc leaves everything as it is." };
        _countdown = new Label { X = 2, Y = Pos.Bottom(_activity), Width = Dim.Fill(), Text = "" };
        Add(what, _spinner, _activity, _countdown);

        _cancelButton = new Button { Title = "_Cancel" };
        _run = new Button { Title = "_Run" };
        AddButton(_cancelButton);
        AddButton(_run);
        // Enter presses the focused button: it must be Run, not the first button, Cancel.
        _run.SetFocus();
    }

    /// <summary>Runs the dialog; the automation's task, ended, or null when the person chose not to run it.</summary>
    public Task<AutomationOutcome>? RunModal()
    {
        _app.Run(this);
        return _task;
    }

    /// <summary>Cancels a running automation; true when there was one to cancel.</summary>
    public bool Cancel()
    {
        if (_task is null || _finished)
            return false;
        if (!_cancel.IsCancellationRequested)
        {
            // CancelAsync runs the token's callbacks off this thread: the automation's own
            // continuations must not run on the UI thread.
            _ = _cancel.CancelAsync();
            _activity.Text = "Cancelling: waiting for the call in flight to stop...";
            _run.Title = "Stopping";
            _countdown.Text = "";
        }
        return true;
    }

    /// <summary>Shows what the automation is doing now; on the UI thread.</summary>
    public void ShowActivity(Activity activity)
    {
        if (_finished || _cancel.IsCancellationRequested)
            return;
        _shown = activity;
        _activity.Text = TextSafety.Neutralise(activity.Message.ReplaceLineEndings(" "));
        ShowCountdown();
    }

    private void Start()
    {
        if (_task is not null)
            return;
        // The button stays, focused and inert: an Enter pressed twice must not land on Cancel.
        _run.Title = "Running";
        _spinner.Visible = true;
        _spinner.AutoSpin = true;
        _activity.Text = "Starting...";
        var token = _cancel.Token;
        // Never on the UI thread: the automation's HTTP calls and waits must not stop the drawing.
        _task = Task.Run(() => _start(token), CancellationToken.None);
        _task.ContinueWith(_ => _app.Invoke(Finish), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        _tick = _app.AddTimeout(TimeSpan.FromSeconds(1), () =>
        {
            ShowCountdown();
            return !_finished;
        });
    }

    private void ShowCountdown()
    {
        if (_shown?.WaitUntil is not { } until || _cancel.IsCancellationRequested)
        {
            _countdown.Text = "";
            return;
        }
        var seconds = (int)Math.Ceiling((until - _clock.GetUtcNow()).TotalSeconds);
        _countdown.Text = seconds > 0 ? $"retrying in {seconds} s" : "retrying now";
    }

    private void Finish()
    {
        _finished = true;
        _spinner.AutoSpin = false;
        if (_tick is not null)
            _app.RemoveTimeout(_tick);
        _app.RequestStop(this);
    }

    /// <summary>
    /// Enter or [Run] starts the automation and keeps the dialog open; [Cancel] before the start
    /// closes it, and after the start cancels and waits.
    /// </summary>
    protected override bool OnAccepting(CommandEventArgs args)
    {
        View? source = null;
        args.Context?.Source?.TryGetTarget(out source);
        if (!ReferenceEquals(source, _cancelButton))
            Start();
        else if (_task is null)
            return base.OnAccepting(args);
        else
            Cancel();
        return true;
    }

    /// <summary>Esc, Ctrl+C or any other stop while the task runs: cancel it, and stay until it has stopped.</summary>
    protected override bool OnIsRunningChanging(bool oldIsRunning, bool newIsRunning)
    {
        if (!newIsRunning && Cancel())
            return true;
        return base.OnIsRunningChanging(oldIsRunning, newIsRunning);
    }
}
