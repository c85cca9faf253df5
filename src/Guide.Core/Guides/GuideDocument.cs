using System.Collections.Immutable;

namespace Guide.Core.Guides;

/// <summary>A parsed guide: immutable, and the only view of it the rest of Guide sees.</summary>
public sealed record GuideDocument(
    string Id,
    string Title,
    string Version,
    string? ReportTemplate,
    string Source,
    string Introduction,
    ImmutableArray<ValueDefinition> Values,
    ImmutableArray<GuideStep> Steps)
{
    private ImmutableArray<GuideItem>? _items;

    /// <summary>Every item in reading order, nested ones right after their parent.</summary>
    public ImmutableArray<GuideItem> Items => _items ??= [.. Steps.SelectMany(s => s.Items)];

    public GuideItem? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    public ValueDefinition? FindValue(string key) => Values.FirstOrDefault(v => v.Key == key);

    public GuideStep StepOf(GuideItem item) => Steps.First(s => s.Items.Contains(item));
}
