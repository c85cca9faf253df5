using System.Text;
using Guide.Core.Reports;
using Guide.Core.Runs;

namespace Guide.Printing;

/// <summary>
/// The whole checklist as Markdown, for a change ticket or a machine without a terminal: every
/// step, item and its help, boxes ticked from the run. Secrets are never printed here.
/// </summary>
internal static class ChecklistPrinter
{
    public static string Print(Run run, string? stateNote)
    {
        var guide = run.Guide;
        var b = new StringBuilder();
        b.Append("# ").AppendLine(guide.Title).AppendLine();
        if (stateNote is not null)
            b.AppendLine(stateNote).AppendLine();
        if (guide.Introduction.Length > 0)
            b.AppendLine(guide.Introduction).AppendLine();

        foreach (var step in guide.Steps)
        {
            b.Append("## ").AppendLine(step.Title).AppendLine();
            if (step.Introduction.Length > 0)
                b.AppendLine(step.Introduction).AppendLine();
            foreach (var item in step.Items)
            {
                var indent = new string(' ', item.Depth * 2);
                var state = run.StateOf(item.Id);
                var box = state.Status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically ? "[x]" : "[ ]";
                b.Append(indent).Append("- ").Append(box).Append(' ').Append(item.Text).Append(Suffix(state)).AppendLine();
                if (item.Help.Length > 0)
                {
                    b.AppendLine();
                    foreach (var line in item.Help.Split('\n'))
                        b.Append(line.Length == 0 ? "" : indent + "  " + line).AppendLine();
                }
                b.AppendLine();
            }
        }

        b.AppendLine("## Values").AppendLine();
        b.AppendLine("| Value | Recorded |").AppendLine("|---|---|");
        foreach (var definition in guide.Values)
        {
            var check = run.Checks[definition.Key];
            var shown = check.Normalised switch
            {
                null => "_not recorded_",
                _ when definition.IsSecret => "(recorded; hidden here, see the report)",
                var v => MarkdownEscaper.Code(v),
            };
            b.Append("| ").Append(MarkdownEscaper.Text(definition.Label)).Append(" | ").Append(shown).AppendLine(" |");
        }
        return b.ToString();
    }

    private static string Suffix(ItemState state) => state.Status switch
    {
        ItemStatus.Skipped => $" (skipped: {MarkdownEscaper.Text(state.Reason ?? "")})",
        ItemStatus.DoneAutomatically => " (done automatically)",
        ItemStatus.Failed => $" (automation failed: {MarkdownEscaper.Text(state.Detail ?? "")})",
        _ => "",
    };
}
