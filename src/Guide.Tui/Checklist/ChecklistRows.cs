using Guide.Core.Runs;

namespace Guide.Tui.Checklist;

/// <summary>Lays a run out as checklist lines: each step's heading, then its items, nested ones indented.</summary>
internal static class ChecklistRows
{
    public static List<ChecklistRow> Of(Run run) =>
        [.. run.Guide.Steps.SelectMany(step => step.Items.Select(item => new ChecklistRow(step, item)).Prepend(new ChecklistRow(step, null)))];

    public static string Render(ChecklistRow row, Run run, Markers markers)
    {
        if (row.Item is not { } item)
            return $"{markers.StepRule} {PlainText.Of(row.Step.Title)} {markers.StepRule}";
        var indent = new string(' ', 2 + (item.Depth * 2));
        return $"{indent}{markers.Status(run.StateOf(item.Id).Status)} {PlainText.Of(item.Text)}";
    }
}
