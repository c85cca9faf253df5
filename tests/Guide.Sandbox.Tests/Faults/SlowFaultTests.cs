using System.Net;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Sandbox.Tests.Faults;

public sealed class SlowFaultTests
{
    [Fact]
    public async Task Slow_holds_the_answer_on_the_simulators_clock()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { TimeProvider = clock });
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.Slow, seconds: TimeSpan.FromSeconds(45));

        var pending = api.GetAsync("api/Agent");
        await Eventually(() => sandbox.Server.Faults.FiredCount == 1);
        // The fault has fired, yet the answer waits: only the fake clock can release it.
        (await Task.WhenAny(pending, Task.Delay(50))).ShouldNotBe(pending);
        for (var i = 0; i < 100 && !pending.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(45));
            await Task.WhenAny(pending, Task.Delay(20));
        }
        using var response = await pending;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Slow_past_the_clients_timeout_times_out_and_the_simulator_moves_on()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = sandbox.WithToken(await sandbox.TokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all"));
        api.Timeout = TimeSpan.FromMilliseconds(200);
        sandbox.Server.Faults.Add(FaultKind.Slow, seconds: TimeSpan.FromSeconds(100));

        await Should.ThrowAsync<TaskCanceledException>(() => api.GetAsync("api/Agent"));
        using var next = await api.GetAsync("api/Agent");

        next.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Waits (bounded) for something the server does on its own thread.</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
            await Task.Delay(20);
        condition().ShouldBeTrue();
    }
}
