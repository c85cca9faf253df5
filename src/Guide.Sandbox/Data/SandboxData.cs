namespace Guide.Sandbox.Data;

/// <summary>
/// Everything the simulator keeps: the shape of the <c>--data</c> file. Only the store touches it,
/// under its lock. Tokens are not kept: after a restart clients simply ask for new ones.
/// </summary>
internal sealed class SandboxData
{
    /// <summary>Bumped when the file's shape changes; a newer file is refused, never rewritten.</summary>
    public const int CurrentVersion = 1;

    public int SchemaVersion { get; set; } = CurrentVersion;

    /// <summary>Next integer id per kind of entity, so a deleted id is never handed out again.</summary>
    public Dictionary<string, int> NextIds { get; set; } = [];

    public List<SandboxAgent> Agents { get; set; } = [];

    public List<SandboxTeam> Teams { get; set; } = [];

    public List<SandboxRole> Roles { get; set; } = [];

    public List<SandboxApplication> Applications { get; set; } = [];

    public List<SandboxTicket> Tickets { get; set; } = [];

    public List<SandboxClient> Clients { get; set; } = [];

    /// <summary>Application id to the SHA-256 of its secret: a secret itself is never stored here.</summary>
    public Dictionary<string, string> SecretHashes { get; set; } = [];

    /// <summary>The admin application's credentials, printed by <c>guide sandbox</c>.</summary>
    public StoredCredentials? Admin { get; set; }

    /// <summary>The ready Liongard application's credentials, when one was seeded.</summary>
    public StoredCredentials? Liongard { get; set; }
}
