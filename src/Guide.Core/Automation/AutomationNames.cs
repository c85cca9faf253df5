using System.Collections.Immutable;

namespace Guide.Core.Automation;

/// <summary>
/// The automation catalogue: every name a guide may bind an item to. An offline run gets an
/// empty set of implementations, but the names are the same, so a guide is linted the same way
/// whatever the mode.
/// </summary>
public static class AutomationNames
{
    public const string Discover = "halo.discover";
    public const string Agent = "halo.agent";
    public const string Teams = "halo.teams";
    public const string Application = "halo.application";
    public const string Proof = "halo.proof";
    public const string WriteProof = "halo.write-proof";

    public static ImmutableArray<string> All { get; } = [Discover, Agent, Teams, Application, Proof, WriteProof];

    public static bool IsKnown(string name) => All.Contains(name);
}
