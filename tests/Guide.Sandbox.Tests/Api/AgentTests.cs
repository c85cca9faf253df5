using System.Net;
using System.Text.Json;
using Guide.Sandbox.Data;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class AgentTests
{
    [Fact]
    public async Task The_list_is_a_bare_array_without_api_only_or_disabled_agents()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Server.Store.Save(new SandboxAgent { Name = "Robot", IsApiAgent = true });
        sandbox.Server.Store.Save(new SandboxAgent { Name = "Gone", IsDisabled = true });
        var api = await sandbox.AdminAsync();

        var plain = await api.GetJsonAsync("api/Agent");
        var withApi = await api.GetJsonAsync("api/Agent?includeapiagents=true");
        var withDisabled = await api.GetJsonAsync("api/Agent?includedisabled=true");

        plain.ValueKind.ShouldBe(JsonValueKind.Array);
        Names(plain).ShouldBe(["Sandbox Admin", "Sam Tech"]);
        Names(withApi).ShouldContain("Robot");
        Names(withDisabled).ShouldContain("Gone");
        Names(withDisabled).ShouldNotContain("Robot");
    }

    [Fact]
    public async Task Search_and_team_id_narrow_the_list()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        var found = await api.GetJsonAsync("api/Agent?search=sam");
        var projects = await api.GetJsonAsync($"api/agent?team_id={sandbox.TeamId("Projects")}");

        Names(found).ShouldBe(["Sam Tech"]);
        Names(projects).ShouldBe(["Sandbox Admin"]);
    }

    [Fact]
    public async Task Includedetails_adds_teams_roles_and_claims()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var store = sandbox.Server.Store;
        var role = store.Roles.Single(r => r.Name == "Administrator");
        var admin = store.Agents.Single(a => a.IsAdmin);
        store.Save(admin with { RoleIds = [role.Id] });
        var api = await sandbox.AdminAsync();

        var bare = await api.GetJsonAsync($"api/Agent/{admin.Id}");
        var detailed = await api.GetJsonAsync($"api/Agent/{admin.Id}?includedetails=true");

        bare.TryGetProperty("teams", out _).ShouldBeFalse();
        detailed.GetProperty("teams").EnumerateArray().Select(t => t.Str("team_name")).ShouldBe(["Service Desk", "Projects", "Alerts"]);
        detailed.GetProperty("roles")[0].Str("id").ShouldBe(role.Id);
        detailed.GetProperty("claims").GetArrayLength().ShouldBe(role.Claims.Count);
    }

    [Fact]
    public async Task A_missing_agent_is_404_and_delete_removes_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var sam = sandbox.Server.Store.Agents.Single(a => a.Name == "Sam Tech");

        (await api.GetAsync("api/Agent/999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.DeleteAsync($"api/Agent/{sam.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.DeleteAsync($"api/Agent/{sam.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        sandbox.Server.Store.FindAgent(sam.Id).ShouldBeNull();
    }

    [Fact]
    public async Task Me_is_the_agent_the_application_logs_in_as_with_its_teams()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { SeedLiongard = true });
        var api = await sandbox.ClientAsync(sandbox.Settings.LiongardClientId!, sandbox.Settings.LiongardClientSecret!, "read:tickets");

        var me = await api.GetJsonAsync("api/Agent/me");

        me.Str("name").ShouldBe("Liongard");
        me.GetProperty("isapiagent").GetBoolean().ShouldBeTrue();
        me.GetProperty("teams").EnumerateArray().Select(t => t.Str("team_name")).ShouldBe(["Service Desk", "Alerts"]);
    }

    [Fact]
    public async Task Paths_are_case_insensitive()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        var agents = await api.GetJsonAsync("API/agent");
        var me = await api.GetJsonAsync("api/AGENT/ME");

        agents.GetArrayLength().ShouldBe(2);
        me.Str("name").ShouldBe("Sandbox Admin");
    }

    private static string?[] Names(JsonElement list) => list.EnumerateArray().Select(a => a.Str("name")).ToArray();
}
