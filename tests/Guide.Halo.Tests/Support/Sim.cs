using Guide.Core.Proof;
using Guide.Halo.Api;
using Guide.Halo.Http;
using Guide.Sandbox;
using Guide.Testing.Sandbox;
using Guide.Testing.Time;

namespace Guide.Halo.Tests.Support;

/// <summary>The client pointed at an in-process simulator, over real HTTP on loopback.</summary>
internal static class Sim
{
    public static HaloTarget Target(TestSandbox sandbox, bool withTenant = true) => new(
        sandbox.Settings.ResourceServer,
        sandbox.Settings.AuthorisationServer,
        withTenant && sandbox.Settings.Tenant.Length > 0 ? sandbox.Settings.Tenant : null);

    public static ClientCredentials Admin(TestSandbox sandbox) =>
        new(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret);

    public static ClientCredentials Liongard(TestSandbox sandbox) =>
        new(sandbox.Settings.LiongardClientId!, sandbox.Settings.LiongardClientSecret!);

    public static HaloOptions Options(TimeProvider? clock = null, TimeSpan? timeout = null) => new()
    {
        Clock = clock ?? new SkippingTimeProvider(),
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    /// <summary>An API client with the admin application's token (scope all).</summary>
    public static HaloApi AdminApi(TestSandbox sandbox, HaloOptions? options = null, RecordingProgress? progress = null) =>
        new(new HaloConnection(Target(sandbox), Admin(sandbox), ["all"], options ?? Options(), progress));

    public static Task<TestSandbox> StartAsync(SandboxOptions? options = null) => TestSandbox.StartAsync(options);

    public static SandboxOptions Seeded(TimeProvider? clock = null) => new() { SeedLiongard = true, TimeProvider = clock ?? TimeProvider.System };
}
