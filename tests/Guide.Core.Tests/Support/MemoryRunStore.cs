using Guide.Core.Runs;

namespace Guide.Core.Tests.Support;

/// <summary>Keeps every saved state, as JSON, so tests see exactly what would reach the disk.</summary>
internal sealed class MemoryRunStore : IRunStore
{
    public List<string> Saves { get; } = [];

    public bool Fail { get; set; }

    public void Save(RunState state)
    {
        if (Fail)
            throw new RunStoreException("the disk is full");
        Saves.Add(RunStateJson.Serialize(state));
    }

    public RunState Last => RunStateJson.Deserialize(Saves[^1]);
}
