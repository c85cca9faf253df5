using Guide.Core.Guides;

namespace Guide.Tui.Checklist;

/// <summary>One line of the checklist: a step heading, or an item.</summary>
internal sealed record ChecklistRow(GuideStep Step, GuideItem? Item)
{
    public bool IsStep => Item is null;
}
