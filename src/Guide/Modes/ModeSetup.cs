using Guide.Cli;
using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Core.Values;
using Guide.Halo.Automations;
using Guide.Halo.Http;
using Guide.Sandbox;

namespace Guide.Modes;

/// <summary>
/// The one place the mode is decided: which automations a run gets (none offline, so nothing
/// there can reach a network), which administrator credentials are known, and, for the sandbox,
/// the simulator the run talks to. Nothing else in Guide asks which mode it is in.
/// </summary>
internal sealed class ModeSetup : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;
    private readonly HaloCatalogue? _halo;

    private ModeSetup(RunMode mode, IAutomationCatalogue catalogue, ClientCredentials? admin, SandboxServer? sandbox, HaloCatalogue? halo)
    {
        Mode = mode;
        Catalogue = catalogue;
        Admin = admin;
        _sandbox = sandbox;
        _halo = halo;
    }

    public RunMode Mode { get; }

    public string Label => Mode.ToString().ToLowerInvariant();

    public IAutomationCatalogue Catalogue { get; }

    /// <summary>
    /// Whether a script that names no teams gets every team: only on the throw-away simulator,
    /// never on a real HaloPSA, where which tickets Liongard sees is the person's choice.
    /// </summary>
    public bool AllTeamsByDefault => _sandbox is not null;

    /// <summary>Administrator credentials known up front; null means "ask when needed".</summary>
    public ClientCredentials? Admin { get; }

    public static async Task<ModeSetup> CreateAsync(bool offline, bool sandbox, string statePath, CliContext context, CancellationToken cancellationToken)
    {
        if (offline && sandbox)
            throw new UsageException("--offline and --sandbox cannot be used together");
        if (offline)
            return new ModeSetup(RunMode.Offline, EmptyCatalogue.Instance, null, null, null);

        var options = new HaloOptions { Clock = context.Clock };
        if (sandbox)
        {
            var server = await StartSandboxAsync(statePath, cancellationToken).ConfigureAwait(false);
            var settings = server.Settings;
            var halo = new HaloCatalogue(options);
            return new ModeSetup(RunMode.Sandbox, halo, new ClientCredentials(settings.AdminClientId, settings.AdminClientSecret), server, halo);
        }

        var admin = context.Environment(HaloSettings.AdminClientId) is { Length: > 0 } id && context.Environment(HaloSettings.AdminClientSecret) is { Length: > 0 } secret
            ? new ClientCredentials(id, secret)
            : null;
        var online = new HaloCatalogue(options);
        return new ModeSetup(admin is null ? RunMode.Assisted : RunMode.Automated, online, admin, null, online);
    }

    /// <summary>
    /// Values known before the run starts: the sandbox's addresses (its port is new each start, so
    /// they are set every time), or HALO_* settings for values not yet recorded.
    /// </summary>
    public void Prefill(Run run, CliContext context)
    {
        if (_sandbox is not null)
        {
            var settings = _sandbox.Settings;
            run.SetValues(new Dictionary<string, string>
            {
                [HaloValueKeys.InstanceUrl] = settings.InstanceUrl,
                [HaloValueKeys.ResourceServer] = settings.ResourceServer,
                [HaloValueKeys.AuthorisationServer] = settings.AuthorisationServer,
                [HaloValueKeys.Tenant] = settings.Tenant,
            }, "sandbox addresses");
            return;
        }
        if (Mode == RunMode.Offline)
            return;
        var fromEnvironment = new Dictionary<string, string>();
        foreach (var (key, variable) in new[]
        {
            (HaloValueKeys.InstanceUrl, HaloSettings.InstanceUrl), (HaloValueKeys.ResourceServer, HaloSettings.ResourceServer),
            (HaloValueKeys.AuthorisationServer, HaloSettings.AuthorisationServer), (HaloValueKeys.Tenant, HaloSettings.Tenant),
            (HaloValueKeys.ClientId, HaloSettings.ClientId), (HaloValueKeys.ClientSecret, HaloSettings.ClientSecret),
        })
        {
            if (!run.State.Values.ContainsKey(key) && context.Environment(variable) is { Length: > 0 } value)
                fromEnvironment[key] = value;
        }
        if (fromEnvironment.Count > 0)
            run.SetValues(fromEnvironment, "HALO_* settings");
    }

    /// <summary>The embedded simulator keeps its data beside the run state, so a resumed run finds what it made.</summary>
    private static async Task<SandboxServer> StartSandboxAsync(string statePath, CancellationToken cancellationToken)
    {
        var dataFile = Path.ChangeExtension(statePath, ".sandbox.json");
        State.OwnerOnlyFile.EnsureDirectory(dataFile);
        try
        {
            return await SandboxServer.StartAsync(new SandboxOptions { Port = 0, DataFile = dataFile, SeedLiongard = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"the sandbox data file cannot be used: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _halo?.Dispose();
        if (_sandbox is not null)
            await _sandbox.DisposeAsync().ConfigureAwait(false);
    }
}
