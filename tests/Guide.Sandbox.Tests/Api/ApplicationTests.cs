using System.Net;
using System.Text.Json;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class ApplicationTests
{
    [Fact]
    public async Task A_created_application_shows_its_secret_once_and_its_credentials_work()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var liongard = await CreateAgent(api, "Liongard");

        using var response = await api.PostJsonAsync("api/Application", $$"""
            [{"displayName":"Liongard","loginas_agent_id":{{liongard}},"loginentity":1,
              "scopes":[{"name":"read:tickets"},{"name":"edit:tickets"},{"name":"read:customers"}]}]
            """);
        var created = await response.ReadJsonAsync();
        var id = created.Str("id")!;
        var list = await api.GetJsonAsync("api/Application");
        var read = await api.GetJsonAsync($"api/Application/{id}");
        var asLiongard = await sandbox.ClientAsync(created.Str("clientId")!, created.Str("clientSecret")!, "read:tickets edit:tickets read:customers");
        var me = await asLiongard.GetJsonAsync("api/Agent/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Str("displayName").ShouldBe("Liongard");
        created.Int("loginas_agent_id").ShouldBe(liongard);
        created.Str("loginas_agent_name").ShouldBe("Liongard");
        created.GetProperty("scopes").EnumerateArray().Select(s => s.Str("name")).ShouldBe(["read:tickets", "edit:tickets", "read:customers"]);
        created.GetProperty("scopes")[0].Str("application_id").ShouldBe(id);
        created.Str("clientSecret")!.Length.ShouldBeGreaterThanOrEqualTo(32);
        list.EnumerateArray().Where(a => a.TryGetProperty("clientSecret", out var _)).ShouldBeEmpty();
        read.TryGetProperty("clientSecret", out _).ShouldBeFalse();
        read.Str("clientId").ShouldBe(created.Str("clientId"));
        me.Int("id").ShouldBe(liongard);
    }

    [Fact]
    public async Task The_list_is_a_bare_array_holding_the_admin_application()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        var list = await api.GetJsonAsync("api/Application");

        list.ValueKind.ShouldBe(JsonValueKind.Array);
        var admin = list.EnumerateArray().Single();
        admin.Str("clientId").ShouldBe(sandbox.Settings.AdminClientId);
        admin.GetProperty("scopes")[0].Str("name").ShouldBe("all");
    }

    [Fact]
    public async Task An_update_changes_the_scopes_and_keeps_the_secret()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = sandbox.SeedApplication("Liongard", ["read:tickets"], [sandbox.TeamId("Service Desk")]);
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Application",
            $$"""[{"id":"{{created.Application.Id}}","scopes":[{"name":"read:tickets"},{"name":"edit:tickets"}]}]""");
        var updated = await response.ReadJsonAsync();
        using var token = await sandbox.RequestTokenAsync(created.Application.ClientId, created.ClientSecret, "edit:tickets");

        updated.TryGetProperty("clientSecret", out _).ShouldBeFalse();
        (await token.ReadJsonAsync()).Str("scope").ShouldBe("edit:tickets");
    }

    [Theory]
    [InlineData("""[{"loginas_agent_id":1}]""")]
    [InlineData("""[{"displayName":"X","loginas_agent_id":999}]""")]
    [InlineData("""[{"displayName":"X","scopes":[{"name":"read:everything"}]}]""")]
    public async Task Bad_applications_are_refused(string body)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Application", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        sandbox.Server.Store.Applications.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_deleted_application_is_gone_and_its_credentials_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = sandbox.SeedApplication("Temp", ["read:tickets"], []);
        var api = await sandbox.AdminAsync();

        using var deleted = await api.DeleteAsync($"api/Application/{created.Application.Id}");
        using var read = await api.GetAsync($"api/Application/{created.Application.Id}");
        using var token = await sandbox.RequestTokenAsync(created.Application.ClientId, created.ClientSecret, "read:tickets");

        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        token.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_secret_never_reaches_the_recorded_requests_or_the_created_record()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Application", """[{"displayName":"Secretive"}]""");
        var secret = (await response.ReadJsonAsync()).Str("clientSecret")!;

        sandbox.Server.Requests.ShouldAllBe(r => !(r.Body ?? "").Contains(secret) && !(r.ResponseBody ?? "").Contains(secret));
        sandbox.Server.Requests.ShouldAllBe(r => !(r.Body ?? "").Contains(sandbox.Settings.AdminClientSecret));
        sandbox.Server.Store.Applications.Single(a => a.DisplayName == "Secretive").ToString().ShouldNotContain(secret);
    }

    private static async Task<int> CreateAgent(HttpClient api, string name)
    {
        using var response = await api.PostJsonAsync("api/Agent", $$"""[{"name":"{{name}}","isapiagent":true}]""");
        return (await response.ReadJsonAsync()).Int("id");
    }
}
