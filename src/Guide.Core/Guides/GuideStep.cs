using System.Collections.Immutable;

namespace Guide.Core.Guides;

/// <summary>A second-level heading of the guide and the items under it.</summary>
public sealed record GuideStep(string Title, string Introduction, int Line, ImmutableArray<GuideItem> Items);
