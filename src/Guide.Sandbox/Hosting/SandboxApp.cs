using System.Net;
using Guide.Sandbox.Api;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Guide.Sandbox.Faults;
using Guide.Sandbox.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guide.Sandbox.Hosting;

/// <summary>Builds the web application: Kestrel on 127.0.0.1 only, the middleware, the routes.</summary>
internal static class SandboxApp
{
    public static WebApplication Build(SandboxOptions options, SandboxStore store, FaultSwitch faults, RequestLog log)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(SandboxApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Loopback only, whatever the environment says (no ASPNETCORE_URLS, no configuration).
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        // No logging: nothing the simulator sees (a form with a secret, a token) can reach a console.
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, InertHostLifetime>();
        // A request held by the "slow" fault must not hold up stopping for long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(new Tenancy(options.Tenant, options.RequireTenant));
        builder.Services.AddSingleton(new TokenIssuer(options.TimeProvider, options.TokenLifetime));
        builder.Services.AddSingleton(new HaloJson(options.DecimalIds));

        var app = builder.Build();
        app.UseMiddleware<RequestRecorder>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        TokenEndpoint.Map(app);
        var api = app.MapGroup("/api");
        api.AddEndpointFilter<ProblemFilter>();
        api.AddEndpointFilter<BearerFilter>();
        AuthInfoEndpoint.Map(api);
        AgentEndpoints.Map(api);
        TeamEndpoints.Map(api);
        RoleEndpoints.Map(api);
        ApplicationEndpoints.Map(api);
        TicketEndpoints.Map(api);
        ClientEndpoints.Map(api);
        return app;
    }
}
