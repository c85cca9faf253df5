namespace Guide.Core.Runs;

public enum CheckStatus
{
    Pass,
    Warn,
    Fail,
}

/// <summary>The outcome of one proof check, as recorded in the run and the report.</summary>
public sealed record ProofCheckResult(string Name, CheckStatus Status, string Detail);
