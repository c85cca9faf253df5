namespace Guide.Sandbox.Data;

/// <summary>
/// A seeded application's throw-away credentials. They are kept in plain text because the
/// simulator prints them as its settings; they are nobody's real secret.
/// </summary>
internal sealed record StoredCredentials(string ApplicationId, string ClientId, string ClientSecret);
