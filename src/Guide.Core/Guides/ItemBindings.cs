using System.Collections.Immutable;

namespace Guide.Core.Guides;

/// <summary>
/// What ties an item to the rest of the run: the values it records, the automation that can
/// perform it, and the proof checks that cover it (<see cref="NoCheckPossible"/> when none can).
/// </summary>
public sealed record ItemBindings(
    ImmutableArray<string> Records,
    string? Automation,
    ImmutableArray<string> CheckedBy,
    bool NoCheckPossible)
{
    public static ItemBindings None { get; } = new([], null, [], false);
}
