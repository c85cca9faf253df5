using System.Net;
using Guide.Sandbox.Faults;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    private const string RateLimitText = "Rate Limit Reached - 300 Requests per rolling 5 minute window";

    [Fact]
    public async Task H07_rate_limit_answers_429_with_Retry_After_then_lets_the_retry_through()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.RateLimit, seconds: TimeSpan.FromSeconds(30));

        using var limited = await api.GetAsync("api/Agent");
        using var retried = await api.GetAsync("api/Agent");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
        (await limited.Content.ReadAsStringAsync()).ShouldBe(RateLimitText);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        sandbox.Server.Requests[^2].Fault.ShouldBe("rate-limit");
    }

    [Fact]
    public async Task H07_rate_limit_without_Retry_After()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.RateLimitNoRetryAfter, count: 2);

        using var first = await api.GetAsync("api/Tickets");
        using var second = await api.GetAsync("api/Tickets");
        using var third = await api.GetAsync("api/Tickets");

        first.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        first.Headers.RetryAfter.ShouldBeNull();
        (await first.Content.ReadAsStringAsync()).ShouldBe(RateLimitText);
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.StatusCode.ShouldBe(HttpStatusCode.OK);
        sandbox.Server.Faults.Pending.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FaultKind.ServerError, HttpStatusCode.InternalServerError)]
    [InlineData(FaultKind.Unavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task Server_errors_carry_nothing_out(FaultKind kind, HttpStatusCode status)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(kind);

        using var response = await api.PostJsonAsync("api/Agent", """[{"name":"Never"}]""");

        response.StatusCode.ShouldBe(status);
        sandbox.Server.Store.Agents.ShouldNotContain(a => a.Name == "Never");
    }

    [Fact]
    public async Task Faults_target_a_method_and_path_prefix_case_insensitively()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.ServerError, method: "get", pathPrefix: "/API/tickets");

        using var other = await api.GetAsync("api/Agent");
        using var post = await api.PostJsonAsync("api/Tickets", """[{"summary":"fine"}]""");
        using var hit = await api.GetAsync("api/Tickets");

        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        hit.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        sandbox.Server.Faults.FiredCount.ShouldBe(1);
    }

    [Fact]
    public async Task Faults_given_at_start_fire_including_on_the_token_endpoint()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = [FaultRule.Parse("unavailable:POST:/auth/token")] });

        using var first = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all");
        using var second = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all");

        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Clear_disarms_everything()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.Reset, count: null);

        sandbox.Server.Faults.Clear();

        (await api.GetAsync("api/Agent")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reset_drops_the_connection_before_anything_is_carried_out()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var api = await sandbox.AdminAsync();
        sandbox.Server.Faults.Add(FaultKind.Reset);

        await Should.ThrowAsync<HttpRequestException>(() => api.PostJsonAsync("api/Agent", """[{"name":"Never"}]"""));

        sandbox.Server.Store.Agents.ShouldNotContain(a => a.Name == "Never");
        (await api.GetAsync("api/Agent")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
