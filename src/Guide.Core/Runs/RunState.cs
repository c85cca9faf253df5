using System.Collections.Immutable;

namespace Guide.Core.Runs;

/// <summary>
/// Everything a run has recorded; immutable, and exactly what the state file holds.
/// An item missing from <see cref="Items"/> is open; a value missing from <see cref="Values"/>
/// is not recorded yet.
/// </summary>
public sealed record RunState(
    string GuideId,
    string GuideVersion,
    RunMode Mode,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    ImmutableDictionary<string, ItemState> Items,
    ImmutableDictionary<string, string> Values,
    ImmutableList<UndoEntry> Undo,
    ImmutableList<string> Notes,
    ImmutableList<ProofCheckResult> Checks,
    ImmutableDictionary<string, string> Facts,
    int HttpRequests)
{
    /// <summary>The state file's schema version; newer files are refused, not guessed at.</summary>
    public const int SchemaVersion = 1;

    public static RunState New(string guideId, string guideVersion, RunMode mode, DateTimeOffset now) =>
        new(guideId, guideVersion, mode, now, now,
            ImmutableDictionary<string, ItemState>.Empty,
            ImmutableDictionary<string, string>.Empty,
            [], [], [],
            ImmutableDictionary<string, string>.Empty,
            0);

    public ItemState StateOf(string itemId) => Items.GetValueOrDefault(itemId) ?? ItemState.Open;
}
