using Microsoft.Extensions.Hosting;

namespace Guide.Sandbox.Hosting;

/// <summary>
/// Replaces the console lifetime, which would take over Ctrl+C and SIGTERM: the process that
/// embeds the simulator (the <c>guide</c> command, a test run) decides when it stops.
/// </summary>
internal sealed class InertHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
