namespace Guide.Core.Runs;

/// <summary>Where a run's state is kept. Implementations save atomically: all or nothing.</summary>
public interface IRunStore
{
    void Save(RunState state);
}
