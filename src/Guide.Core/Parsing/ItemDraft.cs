using System.Text;
using Guide.Core.Guides;

namespace Guide.Core.Parsing;

/// <summary>An item while its help text is still being gathered.</summary>
internal sealed class ItemDraft(string id, string text, int line, int depth, string? parentId, ItemBindings bindings)
{
    private readonly StringBuilder _help = new();

    public string Id => id;

    public void AddHelp(string markdown)
    {
        if (markdown.Length == 0)
            return;
        if (_help.Length > 0)
            _help.Append("\n\n");
        _help.Append(markdown);
    }

    public GuideItem Build() => new(id, text, _help.ToString(), line, depth, parentId, bindings);
}
