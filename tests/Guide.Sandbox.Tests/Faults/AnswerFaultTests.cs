using System.Net;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Faults;

public sealed class AnswerFaultTests
{
    [Fact]
    public async Task Malformed_json_carries_the_request_out_but_cuts_the_answer()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.MalformedJson, method: "POST");

        using var response = await api.PostJsonAsync("api/Agent", """[{"name":"Stored"}]""");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Should.Throw<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(text));
        sandbox.Server.Store.Agents.Count(a => a.Name == "Stored").ShouldBe(1);
    }

    [Fact]
    public async Task Expired_token_refuses_a_live_token_once_and_a_renewed_one_works()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.ExpiredToken);

        using var refused = await api.GetAsync("api/Agent/me");
        using var stillRefused = await api.GetAsync("api/Agent/me");
        var renewed = await sandbox.AdminAsync();
        using var accepted = await renewed.GetAsync("api/Agent/me");

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
        stillRefused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        sandbox.Server.Requests.Count(r => r.Fault == "expired-token").ShouldBe(1);
    }

    [Fact]
    public async Task Lost_create_stores_the_agent_exactly_once_and_drops_the_answer()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.LostCreate, pathPrefix: "/api/Agent");

        await Should.ThrowAsync<HttpRequestException>(() => api.PostJsonAsync("api/Agent", """[{"name":"Liongard","isapiagent":true}]"""));
        var found = await api.GetJsonAsync("api/Agent?search=Liongard&includeapiagents=true");

        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        found.GetArrayLength().ShouldBe(1);
        var lost = sandbox.Server.Requests.Single(r => r.Fault == "lost-create");
        lost.Status.ShouldBe(200);
        lost.ResponseBody!.ShouldContain("\"name\":\"Liongard\"");
    }

    [Fact]
    public async Task Lost_create_of_an_application_leaves_one_application_whose_secret_nobody_saw()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.LostCreate, pathPrefix: "/api/Application");

        await Should.ThrowAsync<HttpRequestException>(() => api.PostJsonAsync("api/Application", """[{"displayName":"Liongard"}]"""));
        var list = await api.GetJsonAsync("api/Application");

        list.EnumerateArray().Count(a => a.Str("displayName") == "Liongard").ShouldBe(1);
        sandbox.Server.Requests.Single(r => r.Fault == "lost-create").ResponseBody!.ShouldContain("\"clientSecret\":\"[redacted]\"");
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
    }
}
