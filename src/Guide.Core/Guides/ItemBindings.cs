using System.Collections.Immutable;

namespace Guide.Core.Guides;

/// <summary>
/// What ties an item to the rest of the run: the values it records, the automation that can
/// perform it, the proof checks that cover it (<see cref="NoCheckPossible"/> when none can), and
/// the HaloPSA permission it stands for, as an agent claim <c>type:value</c> [I].
/// </summary>
public sealed record ItemBindings(
    ImmutableArray<string> Records,
    string? Automation,
    ImmutableArray<string> CheckedBy,
    bool NoCheckPossible,
    string? Permission = null)
{
    public static ItemBindings None { get; } = new([], null, [], false);
}
