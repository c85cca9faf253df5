namespace Guide.Sandbox.Data;

public sealed partial class SandboxStore
{
    public IReadOnlyList<SandboxApplication> Applications => Read(d => d.Applications.ToArray());

    public SandboxApplication? FindApplication(string id) =>
        Read(d => d.Applications.Find(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase)));

    internal SandboxApplication? FindApplicationByClientId(string clientId) =>
        Read(d => d.Applications.Find(a => string.Equals(a.ClientId, clientId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Creates an application with a new id, a client id (unless one is given) and a new secret.
    /// The secret is returned here once; only its hash is kept.
    /// </summary>
    public CreatedApplication Create(SandboxApplication draft) => Change(() =>
    {
        var secret = Credentials.NewSecret();
        var stored = draft with
        {
            Id = Guid.NewGuid().ToString(),
            ClientId = draft.ClientId.Length > 0 ? draft.ClientId : Credentials.NewClientId(),
        };
        data.Applications.Add(stored);
        data.SecretHashes[stored.Id] = Credentials.Hash(secret);
        return new CreatedApplication(stored, secret);
    });

    /// <summary>Replaces an existing application; its secret stays as it was.</summary>
    /// <exception cref="ArgumentException">No application has that id (use <see cref="Create"/>).</exception>
    public SandboxApplication Save(SandboxApplication application) => Change(() =>
    {
        var index = data.Applications.FindIndex(a => string.Equals(a.Id, application.Id, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            throw new ArgumentException("No application has that id; create it instead.", nameof(application));
        data.Applications[index] = application;
        return application;
    });

    /// <summary>Removes the application and its secret; false when there was none.</summary>
    public bool DeleteApplication(string id) => Change(() =>
    {
        var stored = data.Applications.Find(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));
        if (stored is null)
            return false;
        data.Applications.Remove(stored);
        data.SecretHashes.Remove(stored.Id);
        return true;
    });

    internal bool SecretMatches(string applicationId, string secret) =>
        Read(d => d.SecretHashes.TryGetValue(applicationId, out var hash) && Credentials.Matches(secret, hash));
}
