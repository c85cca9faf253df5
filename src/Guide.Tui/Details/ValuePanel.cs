using Guide.Core.Guides;
using Guide.Core.Runs;
using Guide.Core.Values;
using Guide.Tui.Controls;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Details;

/// <summary>
/// Fields for the values the selected item records. Every keystroke is recorded in the run (and
/// so saved), valid or not, so nothing typed is ever lost; the line under each field says
/// whether the value is usable.
/// </summary>
internal sealed class ValuePanel : FrameView
{
    /// <summary>Rows per value: its label, its field, and the line that judges it.</summary>
    public const int RowsPerValue = 3;

    private readonly Run _run;
    private readonly List<(ValueDefinition Definition, TextField Field, Label Message)> _fields = [];
    private bool _updating;

    public ValuePanel(Run run)
    {
        _run = run;
        Title = "Values";
        Width = Dim.Fill();
        Height = Dim.Auto(DimAutoStyle.Content, minimumContentDim: 1);
        TabStop = TabBehavior.TabGroup;
    }

    /// <summary>Raised when the person leaves the fields (Enter on the last one).</summary>
    public event EventHandler? LeaveRequested;

    /// <summary>Raised after each keystroke with the full verdict on the value, for the message line.</summary>
    public event EventHandler<string>? Judged;

    public bool HasFields => _fields.Count > 0;

    public IReadOnlyList<TextField> Fields => [.. _fields.Select(f => f.Field)];

    public void ShowItem(GuideItem? item)
    {
        foreach (var view in SubViews.ToList())
        {
            Remove(view);
            view.Dispose();
        }
        _fields.Clear();

        var keys = item?.Bindings.Records ?? [];
        Visible = keys.Length > 0;
        var y = 0;
        foreach (var definition in keys.Select(k => _run.Guide.FindValue(k)!))
        {
            var label = new Label { Text = definition.Label + (definition.IsSecret ? " (hidden as you type):" : ":"), X = 0, Y = y, Width = Dim.Fill(), Height = 1 };
            var field = CaretAtEnd.Attach(new BoundedTextField(ValueValidator.MaxLength)
            {
                X = 0,
                Y = y + 1,
                Width = Dim.Fill(),
                Secret = definition.IsSecret,
                Text = Shown(_run.Values.GetValueOrDefault(definition.Key)),
            });
            var message = new Label { X = 0, Y = y + 2, Width = Dim.Fill(), Height = 1, Text = ValueMessage.For(definition, _run) };
            field.TextChanged += (_, _) => OnTyped(definition, field);
            field.Refused += (_, _) => Judged?.Invoke(this, $"{definition.Label}: too long; at most {ValueValidator.MaxLength} characters are taken.");
            Add(label, field, message);
            _fields.Add((definition, field, message));
            y += RowsPerValue;
        }
    }

    /// <summary>
    /// Opens a field of the item shown, for Enter or Tab from the checklist: the first value that is
    /// still empty or has a problem, else the first. Always one of this item's own fields (each made
    /// masked or not by its own definition), never whichever field had the focus last.
    /// </summary>
    public void FocusForEntry()
    {
        if (_fields.Count == 0)
            return;
        var open = _fields.FindIndex(f => string.IsNullOrEmpty(_run.Values.GetValueOrDefault(f.Definition.Key))
            || !_run.Checks[f.Definition.Key].Errors.IsEmpty);
        _fields[open < 0 ? 0 : open].Field.SetFocus();
    }

    /// <summary>Brings fields and messages up to date after a change made elsewhere (undo, automation).</summary>
    public void Refresh()
    {
        _updating = true;
        try
        {
            foreach (var (definition, field, message) in _fields)
            {
                var text = Shown(_run.Values.GetValueOrDefault(definition.Key));
                if (field.Text != text && !field.HasFocus)
                    field.Text = text;
                message.Text = ValueMessage.For(definition, _run);
            }
        }
        finally
        {
            _updating = false;
        }
    }

    /// <summary>
    /// A value as the field shows it. One from a hand-edited state file may hold escape sequences
    /// or direction marks; they are shown by name, never sent to the terminal. The recorded value
    /// is left as it is until the person types in the field.
    /// </summary>
    private static string Shown(string? value) => TextSafety.Neutralise(value ?? "");

    private void OnTyped(ValueDefinition definition, TextField field)
    {
        if (_updating)
            return;
        var result = _run.SetValue(definition.Key, field.Text);
        Judged?.Invoke(this, result.Succeeded ? $"{definition.Label}: {ValueMessage.For(definition, _run)}" : result.Message!);
    }

    /// <summary>Enter in a field: on to the next field, or back to the checklist after the last.</summary>
    public void Advance()
    {
        var index = _fields.FindIndex(f => f.Field.HasFocus);
        if (index >= 0 && index + 1 < _fields.Count)
            _fields[index + 1].Field.SetFocus();
        else
            LeaveRequested?.Invoke(this, EventArgs.Empty);
    }

    public bool HasFocusedField => _fields.Any(f => f.Field.HasFocus);
}
