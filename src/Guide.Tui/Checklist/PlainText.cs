using Guide.Core.Values;
using Md = Markdig.Markdown;

namespace Guide.Tui.Checklist;

/// <summary>An item's Markdown line as plain text, for places that cannot render Markdown.</summary>
internal static class PlainText
{
    public static string Of(string markdown) =>
        TextSafety.Neutralise(Md.ToPlainText(markdown).ReplaceLineEndings(" ").Trim());
}
