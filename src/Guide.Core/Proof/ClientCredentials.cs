namespace Guide.Core.Proof;

/// <summary>An application's Client ID and Secret. Never prints the secret.</summary>
public sealed class ClientCredentials(string clientId, string secret)
{
    public string ClientId { get; } = clientId;

    /// <summary>Only for the token request's form body; nothing else may read it.</summary>
    public string Secret { get; } = secret;

    public override string ToString() => $"client {ClientId} (secret hidden)";
}
