using Guide.Core.Runs;

namespace Guide.Tui.Tests.Support;

/// <summary>A disk that refuses every save, with the message the host's store would give.</summary>
internal sealed class FailingStore(string message) : IRunStore
{
    public void Save(RunState state) => throw new RunStoreException(message);
}
