using System.Collections.ObjectModel;
using Guide.Core.Values;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Guide.Tui.Dialogs;

/// <summary>
/// A list to pick from (the tenant's teams, a choice of ways on). Each line says in text whether
/// it is ticked, so the state never rests on a glyph or a colour alone.
/// </summary>
internal static class PickDialog
{
    private const int MaxRows = 12;

    /// <returns>The options picked, in their order; null when the person cancelled (Esc).</returns>
    public static IReadOnlyList<string>? Ask(IApplication app, string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple)
    {
        var picked = new HashSet<int>(Enumerable.Range(0, options.Count).Where(i => preselected.Contains(options[i])).Take(multiple ? int.MaxValue : 1));
        var lines = new ObservableCollection<string>(options.Select((_, i) => Line(options, picked, multiple, i)));

        using var dialog = new Dialog { Title = PlainText(title), Width = Dim.Percent(70), Height = Dim.Auto() };
        var help = new Label
        {
            Width = Dim.Fill(),
            Text = multiple ? "Space ticks or unticks a line; Enter accepts; Esc cancels." : "Space or Enter picks a line; Esc cancels.",
        };
        var list = new ListView { Y = 2, Width = Dim.Fill(), Height = Math.Clamp(options.Count, 1, MaxRows) };
        list.SetSource(lines);
        if (options.Count > 0)
            list.SelectedItem = 0;   // none at first, and the first Down would only select the top line
        list.KeyDown += (_, key) =>
        {
            if (key != Key.Space || list.SelectedItem is not { } index || index < 0 || index >= options.Count)
                return;
            key.Handled = true;
            Toggle(picked, multiple, index);
            for (var i = 0; i < options.Count; i++)
                lines[i] = Line(options, picked, multiple, i);
        };
        dialog.Add(help, list);
        dialog.AddButton(new Button { Title = "_Cancel" });
        dialog.AddButton(new Button { Title = "_OK" });
        list.SetFocus();
        while (true)
        {
            app.Run(dialog);
            if (dialog.Result != 1)
                return null;
            if (!multiple || picked.Count > 0)
                break;
            // OK with nothing ticked is almost always a missed Space: say so rather than give up.
            help.Text = "Nothing is ticked: tick at least one line with Space, then Enter; or Esc to cancel.";
            list.SetFocus();
        }
        // A single choice with nothing ticked takes the highlighted line: Enter on it means "this one".
        if (!multiple && picked.Count == 0 && list.SelectedItem is { } highlighted && highlighted >= 0 && highlighted < options.Count)
            picked.Add(highlighted);
        return [.. picked.Order().Select(i => options[i])];
    }

    private static void Toggle(HashSet<int> picked, bool multiple, int index)
    {
        if (!picked.Remove(index))
        {
            if (!multiple)
                picked.Clear();
            picked.Add(index);
        }
    }

    private static string Line(IReadOnlyList<string> options, HashSet<int> picked, bool multiple, int index)
    {
        var on = picked.Contains(index);
        var box = multiple ? (on ? "[x]" : "[ ]") : (on ? "(*)" : "( )");
        return $"{box} {PlainText(options[index])}";
    }

    // Names come from the tenant: never let one draw escape sequences on the terminal.
    private static string PlainText(string text) => TextSafety.Neutralise(text);
}
