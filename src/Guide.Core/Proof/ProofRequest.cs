namespace Guide.Core.Proof;

/// <summary>What to prove: these credentials, at that instance, log in as the expected agent.</summary>
/// <param name="ExpectedAgent">The agent the application should log in as; null to accept any.</param>
/// <param name="Scopes">The scopes to ask for (Liongard's three, normally).</param>
public sealed record ProofRequest(HaloTarget Target, ClientCredentials Credentials, string? ExpectedAgent, IReadOnlyList<string> Scopes)
{
    public static IReadOnlyList<string> LiongardScopes { get; } = ["read:tickets", "edit:tickets", "read:customers"];
}
