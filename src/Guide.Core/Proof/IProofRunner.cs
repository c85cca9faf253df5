namespace Guide.Core.Proof;

/// <summary>Proves a set of credentials with real API calls (halopsa-api.md section 5).</summary>
public interface IProofRunner
{
    /// <param name="progress">Told what is happening: the call in flight, a retry countdown.</param>
    Task<ProofResult> ProveAsync(ProofRequest request, IProgress<Automation.Activity> progress, CancellationToken cancellationToken);
}
