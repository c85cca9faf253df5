using Guide.Sandbox.Faults;

namespace Guide.Sandbox;

/// <summary>How to start a simulator. The defaults suit a test: a free port, in memory, hosted-like.</summary>
public sealed record SandboxOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where to keep all state across restarts (<c>--data FILE</c>); null keeps it in memory.</summary>
    public string? DataFile { get; init; }

    /// <summary>Faults armed from the start (<c>--fault</c>; parse with <see cref="FaultRule.Parse"/>).</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>The clock for token expiry, dates and the <c>slow</c> fault.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The tenant of a hosted-like simulator.</summary>
    public string Tenant { get; init; } = "sandbox";

    /// <summary>
    /// Hosted-like (the default): the token URL needs <c>?tenant=</c> with <see cref="Tenant"/>.
    /// Otherwise self-hosted-like: no tenant parameter may be sent at all, and
    /// <c>/api/authinfo</c> names none.
    /// </summary>
    public bool RequireTenant { get; init; } = true;

    /// <summary>
    /// Seeds an API-only "Liongard" agent and an application logging in as it with Liongard's
    /// scopes, whose credentials the settings then carry (what <c>guide sandbox</c> wants for
    /// <c>guide verify</c>). Off for the embedded sandbox, where the automations create them.
    /// </summary>
    public bool SeedLiongard { get; init; }

    /// <summary>Writes integer ids as <c>95.0</c> (case H09); off by default.</summary>
    public bool DecimalIds { get; init; }

    /// <summary>How long an access token lives (<c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);
}
