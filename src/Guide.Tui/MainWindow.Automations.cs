using Guide.Tui.Checklist;
using Guide.Tui.Dialogs;

namespace Guide.Tui;

/// <summary>Running the mode's automations: A for the selected item, G for all, and the start-up offer.</summary>
internal sealed partial class MainWindow
{
    private bool _offered;
    private int _refreshQueued;

    /// <summary>
    /// Once, when the checklist first shows: offers to run what this mode can do. Called from the
    /// run loop's first Iteration (a modal dialog needs the loop running, and must not be opened
    /// from an Invoke'd action: see <see cref="Automations.DialogQueue"/>).
    /// </summary>
    public void OfferAutomations()
    {
        if (_offered || App is not { } app || !_automations.Any)
            return;
        _offered = true;
        var open = _automations.OpenItems();
        if (open == 0)
            return;
        var yes = ConfirmDialog.Ask(app, "Automations",
            $"Guide can do {open} of the open items through HaloPSA's API. Run them now?", "_Run them", "_Not now");
        if (Exit is not null)
            Stop(Exit.Value);
        else if (yes)
            RunAllAutomations();
        else
            Say("Not now. A runs the selected item's automation; G runs them all.");
    }

    private void RunAutomation(ChecklistRow row)
    {
        if (row.Item?.Bindings.Automation is not { } name)
            Say("This item has no automation; do it by hand and tick it.");
        else if (!_automations.Any)
            Say($"Nothing is automated in {_options.ModeLabel} mode; do it by hand and tick it.");
        else if (!_automations.IsAvailable(name))
            Say($"{name} is not available in {_options.ModeLabel} mode; do it by hand and tick it.");
        else if (!_automations.IsPending(name))
            Say($"Every item {name} does is complete; Space reopens this one to run it again.");
        else if (App is { } app)
            AfterAutomation(_automations.RunOne(app, name), selectFirstOpen: false);
    }

    private void RunAllAutomations()
    {
        if (!_automations.Any)
            Say($"Nothing is automated in {_options.ModeLabel} mode; do the items by hand and tick them.");
        else if (_automations.OpenItems() == 0)
            Say("Nothing left to automate: every item an automation does is complete.");
        else if (App is { } app)
            AfterAutomation(_automations.RunAll(app, () => Exit is not null), selectFirstOpen: true);
    }

    private void AfterAutomation(string message, bool selectFirstOpen)
    {
        if (Exit is not null)
        {
            Stop(Exit.Value);
            return;
        }
        Refresh();
        if (selectFirstOpen)
            _checklist.SelectFirstOpen();
        ShowSelected();
        Say(message);
    }

    /// <summary>
    /// The run changes on an automation's thread too (values kept, outcomes recorded): the redraw
    /// is queued to the UI thread, at most one at a time. Before the window runs there is no loop,
    /// and every change comes from the thread that builds it.
    /// </summary>
    private void OnRunChanged(object? sender, EventArgs e)
    {
        if (App is not { } app)
        {
            Refresh();
            return;
        }
        if (Interlocked.Exchange(ref _refreshQueued, 1) == 0)
        {
            app.Invoke(() =>
            {
                Volatile.Write(ref _refreshQueued, 0);
                Refresh();
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        // The run outlives the window; a late change must not reach a window that is gone.
        if (disposing)
        {
            _run.Changed -= OnRunChanged;
            _automations.Dispose();
        }
        base.Dispose(disposing);
    }
}
