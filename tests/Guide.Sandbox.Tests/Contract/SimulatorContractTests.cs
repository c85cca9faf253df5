using Guide.Sandbox.Faults;
using Guide.Testing.Contract;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Contract;

/// <summary>
/// The simulator held to the document. Every test's requests and answers are checked when its
/// <see cref="TestSandbox"/> is disposed; these tests also tour every endpoint on purpose and
/// show the check failing the way it would fail a test.
/// </summary>
public sealed class SimulatorContractTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_endpoint_fits_the_document_in_both_id_styles(bool decimalIds)
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { DecimalIds = decimalIds, SeedLiongard = true });
        var api = await sandbox.AdminAsync();
        var liongard = sandbox.Server.Store.Agents.Single(a => a.Name == "Liongard");
        var application = sandbox.Server.Store.Applications.Single(a => a.DisplayName == "Liongard");

        string[] reads =
        [
            "api/authinfo", "api/Agent?includeapiagents=true&includedisabled=true&search=o", $"api/Agent?team_id={sandbox.TeamId("Alerts")}",
            $"api/Agent/{liongard.Id}?includedetails=true", "api/Agent/me", "api/Team?includeagentsforteams=true&includedisabled=true",
            $"api/Team/{sandbox.TeamId("Alerts")}?includeagents=true", "api/Roles", "api/Application", $"api/Application/{application.Id}",
            "api/Tickets?pageinate=true&page_size=2&page_no=1", "api/Tickets?count=2&open_only=true&search=Sample&client_id=1", "api/Tickets/1",
            "api/Client?pageinate=true&page_size=1&page_no=1", "api/Client?search=a&includeinactive=true&count=5", "api/Client/1",
        ];
        foreach (var path in reads)
            (await api.GetAsync(path)).EnsureSuccessStatusCode();
        string[] bodies =
        [
            "api/Agent", """[{"name":"Tour","email":"t@example.invalid","isapiagent":true,"isdisabled":false,"is_admin":false,"team":"Alerts","teams":[{"team_id":1}]}]""",
            "api/Team", """[{"name":"Tour team","department_id":1,"department_name":"Support","inactive":false,"agents":[{"agent_id":2}]}]""",
            "api/Roles", """[{"name":"Tour role","is_integration":true,"claims":[{"type":"t","value":"v"}]}]""",
            "api/Application", """[{"displayName":"Tour app","loginas_agent_id":2,"inactive":false,"scopes":[{"name":"read:tickets"}]}]""",
            "api/Tickets", """[{"summary":"Tour","details":"d","tickettype_id":1,"client_id":1,"team":"Alerts","status_id":1,"agent_id":2}]""",
            "api/Client", """[{"name":"Tour client","inactive":false}]""",
        ];
        for (var i = 0; i < bodies.Length; i += 2)
            (await api.PostJsonAsync(bodies[i], bodies[i + 1])).EnsureSuccessStatusCode();
        (await api.DeleteAsync($"api/Application/{application.Id}")).EnsureSuccessStatusCode();
        (await api.DeleteAsync($"api/Agent/{liongard.Id}")).EnsureSuccessStatusCode();

        sandbox.ContractViolations().ShouldBeEmpty();
        var entities = sandbox.Server.Requests.Where(r => r.Path.StartsWith("/api/") && r.ResponseBody is not null)
            .Select(r => OpenApiContract.Halo.EntitySchemaFor(r.Path)).OfType<string>().Distinct().Order();
        entities.ShouldBe(["Area", "Faults", "NHD_Identity_Application", "NHD_Roles", "SectionDetail", "Uname"]);
    }

    [Fact]
    public async Task The_harness_fails_a_test_whose_request_is_off_the_contract()
    {
        var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        await api.GetAsync("api/Agent?includeapiagent=true");
        await api.GetAsync("api/Agents");

        var error = await Should.ThrowAsync<ContractViolationException>(sandbox.DisposeAsync().AsTask());

        error.Violations.Count.ShouldBe(2);
        error.Violations.ShouldContain(v => v.Contains("'includeapiagent'"));
        error.Violations.ShouldContain(v => v.Contains("/api/Agents: no such path"));
    }

    [Fact]
    public async Task Answers_cut_or_dropped_by_a_fault_are_not_held_to_the_schema()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.MalformedJson);

        await api.GetAsync("api/Agent");

        sandbox.ContractViolations().ShouldBeEmpty();
    }
}
