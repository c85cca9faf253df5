using Guide.Sandbox.Data;
using Guide.Sandbox.Faults;
using Guide.Sandbox.Hosting;
using Guide.Sandbox.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Guide.Sandbox;

/// <summary>
/// A HaloPSA simulator built to Halo's OpenAPI document, serving on 127.0.0.1 only: the token
/// endpoint, discovery and the entities the guide touches, with Halo's rules enforced and faults
/// injectable. Start one per test, or one for <c>guide sandbox</c>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestLog log;
    private int disposed;

    private SandboxServer(WebApplication app, RequestLog log, SandboxStore store, FaultSwitch faults, SandboxSettings settings)
    {
        this.app = app;
        this.log = log;
        Store = store;
        Faults = faults;
        Settings = settings;
        BaseUrl = new Uri(settings.InstanceUrl + "/");
    }

    /// <summary>The address it serves on, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The values a client needs (URLs, tenant, credentials).</summary>
    public SandboxSettings Settings { get; }

    /// <summary>Faults armed now; change them while it runs.</summary>
    public FaultSwitch Faults { get; }

    /// <summary>The entities, to inspect or seed.</summary>
    public SandboxStore Store { get; }

    /// <summary>Every request received so far (up to the last 10,000), in order of completion.</summary>
    public IReadOnlyList<RecordedRequest> Requests => log.Snapshot();

    public int RequestCount => log.Count;

    /// <summary>Loads or seeds the state and starts serving.</summary>
    /// <exception cref="InvalidDataException">The data file is corrupt or from a newer simulator; it is left untouched.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = OpenStore(options);
        var faults = new FaultSwitch(options.Faults);
        var log = new RequestLog();
        var app = SandboxApp.Build(options, store, faults, log);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First()).Port;
        return new SandboxServer(app, log, store, faults, Describe(options, store, port));
    }

    /// <summary>Stops serving (requests in flight get a moment to finish); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static SandboxStore OpenStore(SandboxOptions options)
    {
        var path = options.DataFile;
        var data = path is null ? null : DataFile.Load(path);
        var store = new SandboxStore(data ?? new SandboxData(), path is null ? _ => { } : d => DataFile.Save(path, d));
        if (data is null)
            Seed.Base(store, options.TimeProvider);
        if (options.SeedLiongard && store.Liongard is null)
            Seed.Liongard(store);
        store.Save();
        return store;
    }

    private static SandboxSettings Describe(SandboxOptions options, SandboxStore store, int port)
    {
        var instance = $"http://127.0.0.1:{port}";
        var admin = store.Admin ?? throw new InvalidDataException("The sandbox data has no admin application.");
        var liongard = store.Liongard;
        return new SandboxSettings
        {
            InstanceUrl = instance,
            ResourceServer = instance + "/api",
            AuthorisationServer = instance + "/auth",
            Tenant = options.RequireTenant ? options.Tenant : "",
            AdminClientId = admin.ClientId,
            AdminClientSecret = admin.ClientSecret,
            LiongardClientId = liongard?.ClientId,
            LiongardClientSecret = liongard?.ClientSecret,
        };
    }
}
