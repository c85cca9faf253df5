using Guide.Core.Runs;
using Guide.Tui.Checklist;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Details;

/// <summary>The selected line's text and help, rendered with Terminal.Gui's Markdown view.</summary>
internal sealed class DetailPane : FrameView
{
    private readonly Run _run;
    private readonly Func<string, bool> _isAvailable;
    private readonly Markdown _text;

    public DetailPane(Run run, Func<string, bool> isAvailable)
    {
        _run = run;
        _isAvailable = isAvailable;
        Title = "Details";
        _text = new Markdown { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = false, ShowHeadingPrefix = false, ShowCopyButtons = false };
        Add(_text);
    }

    public string Shown => _text.Text;

    public void Show(ChecklistRow row) => _text.Text = DetailText.For(row, _run, _isAvailable);
}
