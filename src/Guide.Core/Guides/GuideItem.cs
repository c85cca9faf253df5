namespace Guide.Core.Guides;

/// <summary>One checklist item: a task-list entry of the guide.</summary>
/// <param name="Id">Stable id from the item's binding comment; run state is keyed by it.</param>
/// <param name="Text">The item's own line, as Markdown, without the task box and binding comment.</param>
/// <param name="Help">Markdown that explains the item (its nested text and the prose after it).</param>
/// <param name="Line">1-based line of the item in its source file.</param>
/// <param name="Depth">0 for a top-level item, 1 for an item nested under another, and so on.</param>
/// <param name="ParentId">The item this one is nested under, if any.</param>
public sealed record GuideItem(
    string Id,
    string Text,
    string Help,
    int Line,
    int Depth,
    string? ParentId,
    ItemBindings Bindings);
