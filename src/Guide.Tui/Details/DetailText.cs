using System.Globalization;
using System.Text;
using Guide.Core.Runs;
using Guide.Core.Reports;
using Guide.Tui.Checklist;

namespace Guide.Tui.Details;

/// <summary>The Markdown shown beside the checklist for the selected line.</summary>
internal static class DetailText
{
    public static string For(ChecklistRow row, Run run, Func<string, bool> isAvailable)
    {
        var b = new StringBuilder();
        if (row.Item is not { } item)
        {
            b.Append("## ").AppendLine(row.Step.Title).AppendLine();
            b.AppendLine(row.Step.Introduction.Length > 0 ? row.Step.Introduction : "Select an item below this heading.");
            return b.ToString();
        }

        b.Append("### ").AppendLine(item.Text).AppendLine();
        if (item.Help.Length > 0)
            b.AppendLine(item.Help).AppendLine();

        var state = run.StateOf(item.Id);
        b.Append("**Status:** ").Append(Describe(state)).AppendLine().AppendLine();

        if (item.Bindings.Records.Length > 0)
        {
            var labels = item.Bindings.Records.Select(k => run.Guide.FindValue(k)?.Label ?? k);
            b.Append("**Records:** ").Append(string.Join(", ", labels)).AppendLine(" (fields below; Tab or Enter to type).").AppendLine();
        }
        if (item.Bindings.CheckedBy.Length > 0)
            b.Append("**Proven by:** the ").Append(string.Join(", ", item.Bindings.CheckedBy)).AppendLine(" check of the proof.").AppendLine();
        else if (item.Bindings.NoCheckPossible)
            b.AppendLine("**Proven by:** nothing; no API call can show this setting, so check it by eye.").AppendLine();
        if (item.Bindings.Automation is { } automation)
        {
            // No code span here: Terminal.Gui's Markdown view breaks the words after one mid-word.
            b.Append("**Automation:** ").Append(automation)
                .AppendLine(isAvailable(automation) ? " (press A to run it; G runs all)." : " (not available in this mode; do it by hand).")
                .AppendLine();
        }
        return b.ToString();
    }

    private static string Describe(ItemState state)
    {
        var when = state.At is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "";
        var who = MarkdownEscaper.Text(state.By ?? "");
        return state.Status switch
        {
            ItemStatus.Open => "open",
            ItemStatus.DoneByHand => $"done by hand, {when}, {who}",
            ItemStatus.DoneAutomatically => $"done automatically, {when}: {MarkdownEscaper.Text(state.Detail ?? "")}",
            ItemStatus.Skipped => $"skipped, {when}, {who}: {MarkdownEscaper.Text(state.Reason ?? "")}",
            ItemStatus.Failed => $"automation failed, {when}: {MarkdownEscaper.Text(state.Detail ?? "")}. Do it by hand, then tick it.",
            _ => state.Status.ToString(),
        };
    }
}
