using System.Text;
using Guide.Core.Guides;

namespace Guide.Core.Tests.Support;

/// <summary>A plain, stable text form of a parsed guide, for golden files.</summary>
internal static class GuideDump
{
    public static string Of(GuideDocument guide)
    {
        var b = new StringBuilder();
        b.AppendLine($"guide {guide.Id} v{guide.Version}: {guide.Title}");
        b.AppendLine($"report: {guide.ReportTemplate ?? "(generic)"}");
        b.AppendLine($"intro: {Flat(guide.Introduction)}");
        foreach (var v in guide.Values)
            b.AppendLine($"value {v.Key} [{v.Kind}, {v.Requirement}, shape {v.Shape}] line {v.Line} label '{v.Label}' default '{v.Default}' hint '{v.Hint}'");
        foreach (var step in guide.Steps)
        {
            b.AppendLine($"step line {step.Line}: {step.Title}");
            b.AppendLine($"  intro: {Flat(step.Introduction)}");
            foreach (var item in step.Items)
            {
                var pad = new string(' ', 2 + (item.Depth * 2));
                var bind = item.Bindings;
                b.AppendLine($"{pad}item {item.Id} line {item.Line} depth {item.Depth} parent {item.ParentId ?? "-"}: {item.Text}");
                b.AppendLine($"{pad}  records [{string.Join(",", bind.Records)}] automation {bind.Automation ?? "-"} checked-by [{string.Join(",", bind.CheckedBy)}]{(bind.NoCheckPossible ? " none-possible" : "")}{(bind.Permission is null ? "" : " permission " + bind.Permission)}");
                if (item.Help.Length > 0)
                    b.AppendLine($"{pad}  help: {Flat(item.Help)}");
            }
        }
        return b.ToString();
    }

    private static string Flat(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
