using System.Net;
using System.Text.Json;
using Guide.Sandbox.Data;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class TeamAndRoleTests
{
    [Fact]
    public async Task Teams_are_a_bare_array_with_agents_on_request_and_inactive_ones_hidden()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Server.Store.Save(new SandboxTeam { Name = "Old", Inactive = true });
        var api = await sandbox.AdminAsync();

        var teams = await api.GetJsonAsync("api/Team");
        var withAgents = await api.GetJsonAsync("api/Team?includeagentsforteams=true");
        var all = await api.GetJsonAsync("api/Team?includedisabled=true");

        teams.ValueKind.ShouldBe(JsonValueKind.Array);
        teams.EnumerateArray().Select(t => t.Str("name")).ShouldBe(["Service Desk", "Projects", "Alerts"]);
        teams[0].TryGetProperty("agents", out _).ShouldBeFalse();
        withAgents[0].GetProperty("agents").EnumerateArray().Select(a => a.Str("agent_name")).ShouldBe(["Sandbox Admin", "Sam Tech"]);
        all.GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task A_team_post_creates_a_team_and_adds_agents_without_removing_any()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var sam = sandbox.Server.Store.Agents.Single(a => a.Name == "Sam Tech");
        var desk = sandbox.TeamId("Service Desk");

        using var created = await api.PostJsonAsync("api/Team", """[{"name":"Integrations","department_id":1}]""");
        var team = await created.ReadJsonAsync();
        using var added = await api.PostJsonAsync("api/Team", $$"""[{"id":{{team.Int("id")}},"agents":[{"agent_id":{{sam.Id}}}]}]""");
        var read = await api.GetJsonAsync($"api/Team/{team.Int("id")}?includeagents=true");

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.GetProperty("agents").EnumerateArray().Select(a => a.Str("agent_name")).ShouldBe(["Sam Tech"]);
        sandbox.Server.Store.FindAgent(sam.Id)!.TeamIds.ShouldBe([desk, team.Int("id")]);
    }

    [Fact]
    public async Task A_team_needs_a_name_and_known_agents()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        (await api.PostJsonAsync("api/Team", """[{"department_id":1}]""")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.PostJsonAsync("api/Team", """[{"name":"T","agents":[{"agent_id":999}]}]""")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.GetAsync("api/Team/999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        sandbox.Server.Store.Teams.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Roles_are_a_bare_array_with_string_ids_and_a_post_creates_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Roles",
            """[{"name":"Integration","is_integration":true,"claims":[{"type":"tickets","value":"read"}]}]""");
        var role = await response.ReadJsonAsync();
        var roles = await api.GetJsonAsync("api/Roles");

        role.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.String);
        Guid.TryParse(role.Str("id"), out _).ShouldBeTrue();
        roles.EnumerateArray().Select(r => r.Str("name")).ShouldBe(["Administrator", "Integration"]);
        roles[1].GetProperty("claims")[0].Str("value").ShouldBe("read");
    }

    [Fact]
    public async Task A_role_post_with_an_id_updates_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var role = sandbox.Server.Store.Roles[0];

        using var response = await api.PostJsonAsync("api/Roles", $$"""[{"id":"{{role.Id}}","name":"Admins"}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        sandbox.Server.Store.FindRole(role.Id)!.Name.ShouldBe("Admins");
        sandbox.Server.Store.Roles.Count.ShouldBe(1);
    }
}
