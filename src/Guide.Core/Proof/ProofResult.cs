using Guide.Core.Runs;

namespace Guide.Core.Proof;

/// <summary>Every check the proof made, in order, and how many HTTP requests it took.</summary>
public sealed record ProofResult(IReadOnlyList<ProofCheckResult> Checks, int Requests)
{
    public bool Failed => Checks.Any(c => c.Status == CheckStatus.Fail);

    public bool Warned => Checks.Any(c => c.Status == CheckStatus.Warn);
}
