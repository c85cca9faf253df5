using System.Net;
using System.Text.Json;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Api;

public sealed class AgentWriteTests
{
    [Fact]
    public async Task A_one_element_post_creates_and_answers_the_single_agent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var desk = sandbox.TeamId("Service Desk");

        using var response = await api.PostJsonAsync("api/Agent",
            $$"""[{"name":"Liongard","isapiagent":true,"email":"lg@example.invalid","teams":[{"team_id":{{desk}}}]}]""");
        var agent = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        agent.ValueKind.ShouldBe(JsonValueKind.Object);
        agent.Str("name").ShouldBe("Liongard");
        agent.GetProperty("isapiagent").GetBoolean().ShouldBeTrue();
        agent.Str("team").ShouldBe("Service Desk");
        sandbox.Server.Store.FindAgent(agent.Int("id"))!.TeamIds.ShouldBe([desk]);
    }

    [Fact]
    public async Task A_post_of_several_answers_an_array_and_an_id_updates()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var sam = sandbox.Server.Store.Agents.Single(a => a.Name == "Sam Tech");
        var alerts = sandbox.TeamId("Alerts");

        using var response = await api.PostJsonAsync("api/Agent",
            $$"""[{"name":"New One"},{"id":{{sam.Id}},"teams":[{"team_id":{{alerts}}}]}]""");
        var answer = await response.ReadJsonAsync();

        answer.GetArrayLength().ShouldBe(2);
        sandbox.Server.Store.FindAgent(sam.Id)!.TeamIds.ShouldBe([alerts]);
        sandbox.Server.Store.FindAgent(sam.Id)!.Name.ShouldBe("Sam Tech");
    }

    [Theory]
    [InlineData("""[{"email":"x@example.invalid"}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[{"name":"  "}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[{"id":999,"name":"ghost"}]""", HttpStatusCode.NotFound)]
    [InlineData("""[{"name":"x","teams":[{"team_id":999}]}]""", HttpStatusCode.BadRequest)]
    [InlineData("""[]""", HttpStatusCode.BadRequest)]
    public async Task Bad_posts_are_refused_and_nothing_is_stored(string body, HttpStatusCode expected)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        var before = sandbox.Server.Store.Agents.Count;

        using var response = await api.PostJsonAsync("api/Agent", body);

        response.StatusCode.ShouldBe(expected);
        sandbox.Server.Store.Agents.Count.ShouldBe(before);
    }

    [Theory]
    [InlineData("[{\"name\":")]
    [InlineData("""[{"name":"x","isapiagent":"maybe"}]""")]
    [InlineData("""[{"name":"x","id":"seven"}]""")]
    [InlineData("""["x"]""")]
    public async Task A_body_that_is_not_json_or_of_the_wrong_types_is_400(string body)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.CheckContract = false;
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Agent", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.CheckContract = false;
        var api = await sandbox.AdminAsync();

        using var response = await api.PostJsonAsync("api/Agent", """[{"name":"Tolerant","no_such_field":{"deep":[1]}}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).Str("name").ShouldBe("Tolerant");
    }
}
