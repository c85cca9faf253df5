using System.Net;
using System.Net.NetworkInformation;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Hosting;

public sealed class LoopbackTests
{
    [Fact]
    public async Task Serves_on_127_0_0_1_only_on_a_free_port()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var url = sandbox.Server.BaseUrl;

        url.Host.ShouldBe("127.0.0.1");
        url.Port.ShouldBeGreaterThan(0);
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(l => l.Port == url.Port).ToArray();
        listeners.ShouldNotBeEmpty();
        listeners.ShouldAllBe(l => l.Address.Equals(IPAddress.Loopback));
    }

    [Fact]
    public async Task A_taken_port_is_refused()
    {
        await using var first = await TestSandbox.StartAsync();

        await Should.ThrowAsync<IOException>(() => SandboxServer.StartAsync(new SandboxOptions { Port = first.Server.BaseUrl.Port }));
    }

    [Fact]
    public async Task Two_simulators_run_side_by_side_with_their_own_credentials()
    {
        await using var one = await TestSandbox.StartAsync();
        await using var two = await TestSandbox.StartAsync();

        one.Server.BaseUrl.ShouldNotBe(two.Server.BaseUrl);
        one.Settings.AdminClientId.ShouldNotBe(two.Settings.AdminClientId);
        (await one.AdminAsync()).ShouldNotBeNull();
        (await two.AdminAsync()).ShouldNotBeNull();
    }

    [Fact]
    public async Task Settings_name_the_urls_tenant_and_admin_credentials()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var settings = sandbox.Settings;
        var instance = $"http://127.0.0.1:{sandbox.Server.BaseUrl.Port}";

        settings.InstanceUrl.ShouldBe(instance);
        settings.ResourceServer.ShouldBe(instance + "/api");
        settings.AuthorisationServer.ShouldBe(instance + "/auth");
        settings.Tenant.ShouldBe("sandbox");
        settings.AdminClientId.ShouldNotBeNullOrEmpty();
        settings.AdminClientSecret.Length.ShouldBeGreaterThanOrEqualTo(32);
        settings.LiongardClientId.ShouldBeNull();
        settings.ToString().ShouldNotContain(settings.AdminClientSecret);
    }

    [Fact]
    public async Task Unknown_paths_answer_404()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.CheckContract = false;

        using var response = await sandbox.Http.GetAsync("api/NoSuchThing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
