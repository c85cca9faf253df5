namespace Guide.Testing.Contract;

/// <summary>Requests or answers that do not fit Halo's OpenAPI document.</summary>
public sealed class ContractViolationException(IReadOnlyList<string> violations)
    : Exception("Requests or answers outside Halo's OpenAPI document:\n  " + string.Join("\n  ", violations))
{
    public IReadOnlyList<string> Violations { get; } = violations;
}
