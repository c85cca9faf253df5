using System.Collections.Immutable;

namespace Guide.Core.Runs;

/// <summary>What one change replaced, so that undo can put it back. A null means "was absent".</summary>
public sealed record UndoEntry(
    string Description,
    ImmutableDictionary<string, ItemState?> Items,
    ImmutableDictionary<string, string?> Values);
