using Guide.Core.Runs;

namespace Guide.Tui.Tests.Support;

/// <summary>Keeps the last saved state as the JSON that would reach the disk.</summary>
internal sealed class RecordingStore : IRunStore
{
    public int Saves { get; private set; }

    public string? LastJson { get; private set; }

    public void Save(RunState state)
    {
        LastJson = RunStateJson.Serialize(state);
        Saves++;
    }
}
