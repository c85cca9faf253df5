using Guide.Core.Runs;
using Guide.Core.Values;
using Guide.Tui.Automations;
using Guide.Tui.Checklist;
using Guide.Tui.Details;
using Guide.Tui.Dialogs;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui;

/// <summary>
/// The checklist window. It draws the run and sends it commands; the run owns every rule and
/// saves every change, so quitting at any moment loses nothing.
/// </summary>
internal sealed partial class MainWindow : Window
{
    private readonly Run _run;
    private readonly TuiServices _services;
    private readonly TuiOptions _options;
    private readonly ChecklistPane _checklist;
    private readonly DetailPane _details;
    private readonly ValuePanel _values;
    private readonly Label _progressText;
    private readonly ProgressBar _progress;
    private readonly Label _message;
    private readonly SkipDialog _skip = new();
    private readonly AutomationSession _automations;
    private readonly Label _tooSmall;
    private readonly View[] _body;

    public MainWindow(Run run, TuiServices services, TuiOptions options, TimeProvider clock)
    {
        _run = run;
        _services = services;
        _options = options;
        _automations = new AutomationSession(run, services, options, clock);
        Title = $"Guide: {run.Guide.Title} [{options.ModeLabel}]";

        _progressText = new Label { X = 0, Y = 0, Width = 22 };
        _progress = new ProgressBar { X = Pos.Right(_progressText), Y = 0, Width = Dim.Fill(), Height = 1, CanFocus = false };
        _checklist = new ChecklistPane(run, new Markers(options.Ascii)) { X = 0, Y = 1, Width = Dim.Percent(50), Height = Dim.Fill(2) };
        _details = new DetailPane(run, _automations.IsAvailable) { X = Pos.Right(_checklist), Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2) };
        _values = new ValuePanel(run) { X = Pos.Right(_checklist), Y = Pos.AnchorEnd() - 2 };
        _message = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1 };
        var keys = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = KeyHelp.LineFor(options.Ascii, _automations.Any) };
        _tooSmall = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        _body = [_progressText, _progress, _checklist, _details, _values, _message, keys];
        Add(_body);
        Add(_tooSmall);
        FrameChanged += (_, _) => FitToSize();

        _checklist.List.ValueChanged += (_, _) => ShowSelected();
        _values.LeaveRequested += (_, _) => _checklist.List.SetFocus();
        _values.Judged += (_, verdict) => Say(verdict);
        _run.Changed += OnRunChanged;

        _checklist.SelectFirstOpen();
        ShowSelected();
        Refresh();
        SayWhichRun();
    }

    /// <summary>
    /// The first screen says which run this is (a resumed one could be another customer's) and where
    /// it is kept, followed by the latest note from reading it back, if any.
    /// </summary>
    private void SayWhichRun()
    {
        var which = _options.Resumed
            ? $"Resumed {_services.StatePath} ({_run.CompleteCount} of {_run.TotalCount} complete)."
            : $"New run, saved to {_services.StatePath}.";
        var note = _run.State.Notes.Count > 0 ? " " + Checklist.PlainText.Of(_run.State.Notes[^1]) : "";
        SayPlain(which + note);
    }

    /// <summary>Set once the run should end; read by the host for the exit code.</summary>
    public TuiExit? Exit { get; private set; }

    /// <summary>Keys that work wherever the focus is; called before any view sees the key.</summary>
    public void OnApplicationKey(Key key)
    {
        // Esc then Ctrl+Q in quick succession arrives as Ctrl+Alt+Q: still a quit.
        if (key.NoAlt == Key.Q.WithCtrl)
        {
            key.Handled = true;
            Quit();
        }
        else if (key.NoAlt == Key.C.WithCtrl)
        {
            key.Handled = true;
            Stop(TuiExit.Interrupted);
        }
        else if (App?.TopRunnableView != this)
        {
            // A dialog is open: Esc closes it, everything else is the dialog's.
        }
        else if (key == Key.Esc)
        {
            // Esc never ends the run (case H11); in a field it returns to the checklist, keeping the text.
            key.Handled = true;
            if (!_checklist.List.HasFocus)
                _checklist.List.SetFocus();
        }
        else if (key == Key.F1)
        {
            key.Handled = true;
            ShowHelp();
        }
        else if (key == Key.Enter && _values.HasFocusedField)
        {
            key.Handled = true;
            _values.Advance();
        }
        else if (_checklist.List.HasFocus)
        {
            // Here rather than on the list itself: the list's type-to-find would take the letters first.
            OnChecklistKey(key);
        }
    }

    /// <summary>
    /// A paste holding control or invisible characters is refused whole: Terminal.Gui would
    /// silently strip them, and a secret HaloPSA shows once would be saved altered.
    /// </summary>
    public void OnPaste(PasteEventArgs paste)
    {
        if (TextSafety.FindUnsafe(paste.Text.Trim()) is not { } bad)
            return;
        paste.Handled = true;
        Say($"Nothing was pasted: the copied text contains {TextSafety.Describe(bad.Rune)}. Copy just the value, and paste again.");
    }

    /// <summary>Ends the run from outside (a signal), as Ctrl+C does.</summary>
    public void Stop(TuiExit exit)
    {
        Exit ??= exit;
        // An automation is cancelled first; its dialog closes once it has stopped, and then the run ends.
        _automations.CancelCurrent();
        App?.RequestStop(this);
        if (App?.TopRunnable is { } top && !ReferenceEquals(top, this))
            App.RequestStop(top);
    }

    private void Quit()
    {
        if (_run.SaveError is { } error && App is { } app
            && !ConfirmDialog.Ask(app, "Not saved", ["The last change could not be saved:", error, "", "Quit anyway?"], "_Quit", "_Stay", enterAnswers: true))
        {
            return;
        }
        Stop(TuiExit.Quit);
    }

    private void ShowSelected()
    {
        var row = _checklist.Selected;
        _details.Show(row);
        _values.ShowItem(row.Item);
        var fields = row.Item?.Bindings.Records.Length ?? 0;
        _details.Height = Dim.Fill(2 + (fields == 0 ? 0 : (fields * ValuePanel.RowsPerValue) + 2));
    }

    private void Refresh()
    {
        _checklist.Refresh();
        _values.Refresh();
        _details.Show(_checklist.Selected);
        _progressText.Text = $"{_run.CompleteCount} of {_run.TotalCount} complete";
        _progress.Fraction = _run.TotalCount == 0 ? 1 : (float)_run.CompleteCount / _run.TotalCount;
        if (_run.SaveError is { } error)
            Say($"Not saved: {error}");
    }

    /// <summary>Below this the checklist cannot be read; say so rather than draw a jumble.</summary>
    private const int MinWidth = 60;
    private const int MinHeight = 16;

    private void FitToSize()
    {
        var small = Frame.Width < MinWidth || Frame.Height < MinHeight;
        _tooSmall.Text = $"This terminal is {Frame.Width}x{Frame.Height}.\nGuide needs at least {MinWidth}x{MinHeight} (80x24 is best).\nMake it larger; nothing is lost, and Ctrl+Q still quits.";
        if (small == _tooSmall.Visible)
            return;
        _tooSmall.Visible = small;
        foreach (var view in _body)
            view.Visible = !small;
        if (!small)
            ShowSelected();   // the values panel shows only for items that record values
    }

    private void Say(string text) => _message.Text = Checklist.PlainText.Of(text);

    /// <summary>For text that is not Markdown (a path may hold * or _): drawn as it is, neutralised.</summary>
    private void SayPlain(string text) => _message.Text = TextSafety.Neutralise(text);
}
