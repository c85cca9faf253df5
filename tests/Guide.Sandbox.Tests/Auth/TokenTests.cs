using System.Net;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Auth;

public sealed class TokenTests
{
    [Fact]
    public async Task Client_credentials_get_a_Bearer_token_with_the_granted_scopes()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all");
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        body.Str("access_token").ShouldNotBeNullOrEmpty();
        body.Str("token_type").ShouldBe("Bearer");
        body.Int("expires_in").ShouldBe(3600);
        body.Str("scope").ShouldBe("all");
    }

    [Fact]
    public async Task H01_a_wrong_secret_is_invalid_client_and_nothing_is_echoed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        const string wrong = "not-the-secret-0123456789";

        using var response = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, wrong, "all");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadJsonAsync()).Str("error").ShouldBe("invalid_client");
        text.ShouldNotContain(wrong);
        text.ShouldNotContain(sandbox.Settings.AdminClientId);
    }

    [Fact]
    public async Task H01_an_unknown_client_id_is_invalid_client()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(Guid.NewGuid().ToString(), sandbox.Settings.AdminClientSecret, "all");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadJsonAsync()).Str("error").ShouldBe("invalid_client");
    }

    [Fact]
    public async Task H05_an_unknown_scope_is_invalid_scope_naming_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(
            sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "read:tickets read:ticket");
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.Str("error").ShouldBe("invalid_scope");
        body.Str("error_description")!.ShouldContain("read:ticket");
    }

    [Fact]
    public async Task H04_granted_scopes_are_the_requested_ones_the_application_holds()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = sandbox.SeedApplication("Half", ["read:tickets", "read:customers"], [sandbox.TeamId("Service Desk")]);

        using var response = await sandbox.RequestTokenAsync(
            created.Application.ClientId, created.ClientSecret, "read:tickets edit:tickets read:customers");
        var body = await response.ReadJsonAsync();
        var api = sandbox.WithToken(body.Str("access_token")!);
        using var read = await api.GetAsync("api/Tickets?pageinate=true&page_size=1&page_no=1");
        using var write = await api.PostJsonAsync("api/Tickets", """[{"summary":"x"}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.Str("scope")!.Split(' ').ShouldBe(["read:tickets", "read:customers"]);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        write.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        write.Headers.WwwAuthenticate.ToString().ShouldContain("insufficient_scope");
        sandbox.Server.Store.Tickets.ShouldNotContain(t => t.Summary == "x");
    }

    [Fact]
    public async Task H04_no_scope_at_all_still_gets_a_token_that_opens_nothing()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, scope: null);
        var body = await response.ReadJsonAsync();
        var api = sandbox.WithToken(body.Str("access_token")!);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.Str("scope").ShouldBe("");
        (await api.GetAsync("api/Agent/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GetAsync("api/Tickets")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GetAsync("api/Agent")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task All_covers_a_specific_scope_requested()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(
            sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "read:tickets edit:tickets read:customers");

        (await response.ReadJsonAsync()).Str("scope").ShouldBe("read:tickets edit:tickets read:customers");
    }
}
