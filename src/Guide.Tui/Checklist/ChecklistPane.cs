using System.Collections.ObjectModel;
using Guide.Core.Runs;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Checklist;

/// <summary>The checklist by step, each item with its marker and status word.</summary>
internal sealed class ChecklistPane : FrameView
{
    private readonly Run _run;
    private readonly Markers _markers;
    private readonly ObservableCollection<string> _lines;

    public ChecklistPane(Run run, Markers markers)
    {
        _run = run;
        _markers = markers;
        Rows = ChecklistRows.Of(run);
        _lines = new ObservableCollection<string>(Rows.Select(r => ChecklistRows.Render(r, run, markers)));
        Title = "Checklist";
        List = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        List.SetSource(_lines);
        Add(List);
    }

    public ListView List { get; }

    public IReadOnlyList<ChecklistRow> Rows { get; }

    public ChecklistRow Selected => Rows[Math.Clamp(List.SelectedItem ?? 0, 0, Rows.Count - 1)];

    /// <summary>Selects the first item that is not complete, so a resumed run starts where it stopped.</summary>
    public void SelectFirstOpen()
    {
        var index = Rows.ToList().FindIndex(r => r.Item is { } i && !ItemStatusText.IsComplete(_run.StateOf(i.Id).Status));
        Select(index < 0 ? 0 : index);
    }

    public void Select(int index)
    {
        List.SelectedItem = Math.Clamp(index, 0, Rows.Count - 1);
        List.EnsureSelectedItemVisible();
    }

    /// <summary>Moves to the next item row after the selected one, skipping step headings.</summary>
    public void SelectNextItem()
    {
        var start = List.SelectedItem ?? 0;
        for (var i = start + 1; i < Rows.Count; i++)
        {
            if (!Rows[i].IsStep)
            {
                Select(i);
                return;
            }
        }
    }

    public void Refresh()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var text = ChecklistRows.Render(Rows[i], _run, _markers);
            if (_lines[i] != text)
                _lines[i] = text;
        }
    }
}
