using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Recording;

public sealed class RecordingTests
{
    [Fact]
    public async Task Each_request_is_recorded_with_query_body_and_status()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        await api.GetAsync("api/Tickets?pageinate=true&page_size=1&page_no=1");
        await api.PostJsonAsync("api/Client", """[{"name":"Recorded"}]""");

        var requests = sandbox.Server.Requests;
        sandbox.Server.RequestCount.ShouldBe(3);
        requests[0].Path.ShouldBe("/auth/token");
        requests[1].Method.ShouldBe("GET");
        requests[1].Path.ShouldBe("/api/Tickets");
        requests[1].QueryNames.ShouldBe(["pageinate", "page_size", "page_no"]);
        requests[1].QueryValue("PAGE_SIZE").ShouldBe("1");
        requests[1].Status.ShouldBe(200);
        requests[1].ResponseBody!.ShouldContain("record_count");
        requests[2].Body.ShouldBe("""[{"name":"Recorded"}]""");
        requests[2].ToString().ShouldBe("POST /api/Client -> 200");
    }

    [Fact]
    public async Task Client_secrets_are_masked_in_recorded_bodies()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();

        await api.PostJsonAsync("api/Application", """[{"displayName":"Masked"}]""");

        var requests = sandbox.Server.Requests;
        requests[0].Body!.ShouldContain("client_secret=[redacted]");
        requests[0].Body!.ShouldNotContain(sandbox.Settings.AdminClientSecret);
        requests[1].ResponseBody!.ShouldContain("\"clientSecret\":\"[redacted]\"");
    }
}
