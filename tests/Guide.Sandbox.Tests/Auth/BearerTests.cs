using System.Net;
using Guide.Testing.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Sandbox.Tests.Auth;

public sealed class BearerTests
{
    [Fact]
    public async Task Api_calls_without_a_token_are_401_with_a_Bearer_challenge()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.Http.GetAsync("api/Agent");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_token_not_issued_here_is_invalid_token()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.WithToken("forged").GetAsync("api/Agent/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
    }

    [Theory]
    [InlineData("read:tickets", "api/Agent", HttpStatusCode.Unauthorized)]
    [InlineData("read:tickets", "api/Team", HttpStatusCode.Unauthorized)]
    [InlineData("read:tickets", "api/Application", HttpStatusCode.Unauthorized)]
    [InlineData("read:tickets", "api/Roles", HttpStatusCode.Unauthorized)]
    [InlineData("read:tickets", "api/Client", HttpStatusCode.Unauthorized)]
    [InlineData("read:customers", "api/Tickets", HttpStatusCode.Unauthorized)]
    [InlineData("edit:tickets", "api/Tickets", HttpStatusCode.OK)]
    [InlineData("edit:customers", "api/Client", HttpStatusCode.OK)]
    [InlineData("admin", "api/Agent", HttpStatusCode.OK)]
    [InlineData("all", "api/Application", HttpStatusCode.OK)]
    [InlineData("read:kb", "api/Agent/me", HttpStatusCode.OK)]
    public async Task Each_endpoint_needs_its_scope(string scope, string path, HttpStatusCode expected)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync(scope);

        using var response = await api.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Admin_endpoints_also_need_an_administrator_agent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.SeededClientAsync("Not an admin", "all", [sandbox.TeamId("Service Desk")]);

        using var response = await api.GetAsync("api/Agent");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task H10_a_token_works_until_expires_in_and_then_is_refused_until_renewed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { TimeProvider = clock });
        var api = await sandbox.AdminAsync();

        clock.Advance(TimeSpan.FromSeconds(3599));
        using var before = await api.GetAsync("api/Agent/me");
        clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await api.GetAsync("api/Agent/me");
        var renewed = await sandbox.AdminAsync();
        using var again = await renewed.GetAsync("api/Agent/me");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        after.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_token_lifetime_is_configurable()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { TokenLifetime = TimeSpan.FromMinutes(5) });

        using var response = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all");

        (await response.ReadJsonAsync()).Int("expires_in").ShouldBe(300);
    }

    [Fact]
    public async Task A_token_stops_working_when_its_application_is_deleted()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = sandbox.SeedApplication("Short-lived", ["all"], [], admin: true);
        var api = await sandbox.ClientAsync(created.Application.ClientId, created.ClientSecret, "all");

        sandbox.Server.Store.DeleteApplication(created.Application.Id).ShouldBeTrue();
        using var response = await api.GetAsync("api/Agent/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
