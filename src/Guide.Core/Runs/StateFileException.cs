namespace Guide.Core.Runs;

public enum StateFileProblem
{
    Corrupt,
    Newer,
    OtherGuide,
}

/// <summary>A saved run that cannot be used as it is; it is refused and left untouched.</summary>
public sealed class StateFileException(StateFileProblem problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public StateFileProblem Problem { get; } = problem;
}
