using System.Text;
using Guide.Tui.Checklist;
using Guide.Tui.Dialogs;
using Terminal.Gui.Input;

namespace Guide.Tui;

/// <summary>What the keys do while the checklist has the focus.</summary>
internal sealed partial class MainWindow
{
    private void OnChecklistKey(Key key)
    {
        var row = _checklist.Selected;
        if (key == Key.Space)
        {
            key.Handled = true;
            Toggle(row);
        }
        else if (key == Key.Enter || key == Key.Tab)
        {
            if (_values.HasFields)
            {
                key.Handled = true;
                _values.FocusForEntry();
            }
            else if (key == Key.Enter)
            {
                key.Handled = true;
                Say(row.IsStep ? "That is a step heading; select an item below it." : "This item records no values; Space ticks it.");
            }
        }
        else if (key == Key.Z.WithCtrl)
        {
            key.Handled = true;
            var undone = _run.State.Undo.Count > 0 ? _run.State.Undo[^1].Items.Keys.FirstOrDefault() : null;
            var result = _run.Undo();
            Say(result.Message ?? "Undone.");
            if (undone is not null)
                _checklist.Select(_checklist.Rows.ToList().FindIndex(r => r.Item?.Id == undone));
            ShowSelected();
        }
        else if (Letter(key) is { } letter)
        {
            key.Handled = true;
            switch (letter)
            {
                case 's':
                    Skip(row);
                    break;
                case 'r':
                    ShowReport();
                    break;
                case 'a':
                    RunAutomation(row);
                    break;
                case 'g':
                    RunAllAutomations();
                    break;
                case '?':
                    ShowHelp();
                    break;
                default:
                    key.Handled = false;
                    break;
            }
        }
    }

    private static char? Letter(Key key)
    {
        if (key.IsCtrl || key.IsAlt || key.AsRune == default(Rune))
            return null;
        var text = key.AsRune.ToString();
        return text.Length == 1 ? char.ToLowerInvariant(text[0]) : null;
    }

    private void Toggle(ChecklistRow row)
    {
        if (row.Item is not { } item)
        {
            Say("That is a step heading; select an item below it.");
            return;
        }
        var before = _run.StateOf(item.Id).Status;
        var result = _run.Toggle(item.Id);
        if (!result.Succeeded)
        {
            Say(result.Message!);
            if (_values.HasFields)
                _values.FocusForEntry();
            return;
        }
        var after = _run.StateOf(item.Id).Status;
        Say($"{(after == Core.Runs.ItemStatus.Open ? "Reopened" : "Done")}: {Checklist.PlainText.Of(item.Text)}");
        if (after != before && Core.Runs.ItemStatusText.IsComplete(after))
        {
            _checklist.SelectNextItem();
            ShowSelected();
        }
    }

    private void Skip(ChecklistRow row)
    {
        if (row.Item is not { } item || App is not { } app)
            return;
        var reason = _skip.Ask(app, item.Id, Checklist.PlainText.Of(item.Text));
        if (Exit is not null)
        {
            Stop(Exit.Value);
            return;
        }
        if (reason is null)
        {
            Say("Not skipped.");
            return;
        }
        var result = _run.Skip(item.Id, reason);
        Say(result.Message ?? $"Skipped: {Checklist.PlainText.Of(item.Text)}");
        if (result.Succeeded)
        {
            _checklist.SelectNextItem();
            ShowSelected();
        }
    }

    private void ShowReport()
    {
        if (App is not { } app)
            return;
        var said = ReportDialog.Show(app, _services.Reports, _options.Ascii);
        if (Exit is not null)
            Stop(Exit.Value);
        else if (said is not null)
            SayPlain(said);
    }

    private void ShowHelp()
    {
        if (App is not { } app)
            return;
        HelpDialog.Show(app, _services.StatePath, _automations.Any);
        if (Exit is not null)
            Stop(Exit.Value);
    }
}
