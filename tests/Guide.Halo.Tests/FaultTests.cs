using Guide.Core.Proof;
using Guide.Halo.Tests.Support;
using Guide.Sandbox.Faults;
using Guide.Testing.Time;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Halo.Tests;

/// <summary>Each injected fault, over real HTTP: bounded retries to success, or a clear failure (H07, H10).</summary>
public sealed class FaultTests
{
    private static async Task<(Api.HaloResult<Api.HaloAgent> Result, SkippingTimeProvider Clock, RecordingProgress Progress)> MeWith(
        Testing.Sandbox.TestSandbox sandbox, string fault)
    {
        sandbox.Server.Faults.Add(FaultRule.Parse(fault));
        var clock = new SkippingTimeProvider();
        var progress = new RecordingProgress();
        var api = Sim.AdminApi(sandbox, Sim.Options(clock), progress);
        var result = await api.MeAsync(CancellationToken.None);
        return (result, clock, progress);
    }

    [Fact]
    public async Task H07_a_429_with_retry_after_is_waited_out_as_asked()
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, clock, progress) = await MeWith(sandbox, "rate-limit=7:GET:/api/Agent/me:2");

        result.Ok.ShouldBeTrue(result.Problem?.ToString());
        clock.Waits.ShouldBe([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)]);
        progress.Reports.ShouldContain(r => r.Message == "GET /api/Agent/me: HaloPSA's rate limit was reached; trying again in 7 s" && r.WaitUntil != null);
    }

    [Fact]
    public async Task H07_a_429_without_retry_after_backs_off_10_30_60()
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, clock, _) = await MeWith(sandbox, "rate-limit-no-retry-after:GET:/api/Agent/me:3");

        result.Ok.ShouldBeTrue(result.Problem?.ToString());
        clock.Waits.ShouldBe([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)]);
    }

    [Fact]
    public async Task H07_a_lasting_rate_limit_stops_within_two_minutes_and_says_the_limit_is_shared()
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, clock, _) = await MeWith(sandbox, "rate-limit-no-retry-after:GET:/api/Agent/me:*");

        result.Ok.ShouldBeFalse();
        clock.Waits.Sum(w => w.TotalSeconds).ShouldBeLessThanOrEqualTo(120);
        clock.Waits.ShouldBe([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)]);
        result.Problem!.Status.ShouldBe(429);
        result.Problem.Cause.ShouldContain("after 100 s of waiting");
        result.Problem.Cause.ShouldContain("shared by every integration on the tenant");
    }

    [Theory]
    [InlineData("server-error:GET:/api/Agent/me:2")]
    [InlineData("unavailable:GET:/api/Agent/me:2")]
    [InlineData("reset:GET:/api/Agent/me:2")]
    [InlineData("malformed-json:GET:/api/Agent/me:2")]
    public async Task Transient_failures_of_a_read_are_retried_to_success_within_three_attempts(string fault)
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, clock, _) = await MeWith(sandbox, fault);

        result.Ok.ShouldBeTrue(result.Problem?.ToString());
        sandbox.Server.Requests.Count(r => r.Path == "/api/Agent/me").ShouldBe(3);
        clock.Waits.ShouldBe([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)]);
    }

    [Fact]
    public async Task A_lasting_503_fails_after_three_attempts_with_a_clear_message()
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, _, _) = await MeWith(sandbox, "unavailable:GET:/api/Agent/me:*");

        result.Problem!.ToString().ShouldBe("GET /api/Agent/me answered 503: HaloPSA answered 503 (unavailable) 3 times. HaloPSA is having trouble; try again in a few minutes.");
        sandbox.Server.Requests.Count(r => r.Path == "/api/Agent/me").ShouldBe(3);
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_is_retried()
    {
        // The simulator's clock never moves, so a "slow" answer never comes: only the client's timeout ends the wait.
        await using var sandbox = await Sim.StartAsync(new Sandbox.SandboxOptions { TimeProvider = new FakeTimeProvider() });
        sandbox.Server.Faults.Add(FaultRule.Parse("slow:GET:/api/Agent/me:1"));
        var api = Sim.AdminApi(sandbox, Sim.Options(new SkippingTimeProvider(), TimeSpan.FromMilliseconds(500)));

        var result = await api.MeAsync(CancellationToken.None);

        result.Ok.ShouldBeTrue(result.Problem?.ToString());
    }

    [Fact]
    public async Task H10_an_expired_token_is_renewed_once_with_the_same_url_tenant_and_scopes()
    {
        await using var sandbox = await Sim.StartAsync();
        var (result, _, _) = await MeWith(sandbox, "expired-token:GET:/api/Agent/me:1");

        result.Ok.ShouldBeTrue(result.Problem?.ToString());
        var tokens = sandbox.Server.Requests.Where(r => r.Path == "/auth/token").ToList();
        tokens.Count.ShouldBe(2);
        tokens.Select(t => t.QueryValue("tenant")).Distinct().ShouldHaveSingleItem().ShouldBe("sandbox");
        tokens.Select(t => t.Body).Distinct().Count().ShouldBe(1, "the same form, scope included");
    }

    [Fact]
    public async Task H10_a_run_left_open_for_over_an_hour_renews_the_token_before_it_expires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await using var sandbox = await Sim.StartAsync(new Sandbox.SandboxOptions { TimeProvider = clock });
        var api = Sim.AdminApi(sandbox, Sim.Options(clock));

        (await api.MeAsync(CancellationToken.None)).Ok.ShouldBeTrue();
        clock.Advance(TimeSpan.FromMinutes(59.5));
        (await api.MeAsync(CancellationToken.None)).Ok.ShouldBeTrue();
        clock.Advance(TimeSpan.FromHours(2));
        (await api.MeAsync(CancellationToken.None)).Ok.ShouldBeTrue();

        sandbox.Server.Requests.Count(r => r.Path == "/auth/token").ShouldBe(3, "renewed 60 s before expiry, each time, with no 401 first");
        sandbox.Server.Requests.ShouldNotContain(r => r.Status == 401);
    }

    [Fact]
    public async Task A_create_is_never_resent_after_its_answer_is_lost_and_is_found_instead()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.Server.Faults.Add(FaultRule.Parse("lost-create:POST:/api/Agent:1"));
        var api = Sim.AdminApi(sandbox);

        var created = await api.CreateAgentOnceAsync("Liongard", [sandbox.TeamId("Service Desk")], CancellationToken.None);

        created.Ok.ShouldBeTrue(created.Problem?.ToString());
        created.Value!.Name.ShouldBe("Liongard");
        sandbox.Server.Store.Agents.Count(a => a.Name == "Liongard").ShouldBe(1);
        sandbox.Server.Requests.Count(r => r is { Method: "POST", Path: "/api/Agent" }).ShouldBe(1);
    }

    [Fact]
    public async Task A_lost_application_create_is_found_again_without_its_secret()
    {
        await using var sandbox = await Sim.StartAsync();
        var api = Sim.AdminApi(sandbox);
        var agent = await api.CreateAgentOnceAsync("Liongard", [sandbox.TeamId("Service Desk")], CancellationToken.None);
        sandbox.Server.Faults.Add(FaultRule.Parse("lost-create:POST:/api/Application:1"));

        var created = await api.CreateApplicationOnceAsync("Liongard", agent.Value!.Id, ProofRequest.LiongardScopes, CancellationToken.None);

        created.Ok.ShouldBeTrue(created.Problem?.ToString());
        created.Value!.ClientSecret.ShouldBeNull();
        created.Value.LoginAsAgentId.ShouldBe(agent.Value.Id);
        sandbox.Server.Store.Applications.Count(a => a.DisplayName == "Liongard").ShouldBe(1);
    }

    [Fact]
    public async Task A_create_refused_by_halo_is_reported_without_a_lookup()
    {
        await using var sandbox = await Sim.StartAsync();
        sandbox.CheckContract = true;
        var api = Sim.AdminApi(sandbox);

        var created = await api.CreateApplicationOnceAsync("Liongard", 987654, ProofRequest.LiongardScopes, CancellationToken.None);

        created.Problem!.Status.ShouldBe(400);
        created.Problem.Cause.ShouldContain("No agent has id 987654");
        sandbox.Server.Requests.Count(r => r is { Method: "GET", Path: "/api/Application" }).ShouldBe(0);
    }

    [Fact]
    public async Task Created_application_shows_its_secret_once()
    {
        await using var sandbox = await Sim.StartAsync();
        var api = Sim.AdminApi(sandbox);
        var agent = await api.CreateAgentOnceAsync("Liongard", [sandbox.TeamId("Service Desk")], CancellationToken.None);

        var created = await api.CreateApplicationOnceAsync("Liongard", agent.Value!.Id, ProofRequest.LiongardScopes, CancellationToken.None);
        var again = await api.GetApplicationAsync(created.Value!.Id, CancellationToken.None);

        created.Value.ClientSecret.ShouldNotBeNullOrEmpty();
        created.Value.Scopes.ShouldBe(ProofRequest.LiongardScopes, ignoreOrder: true);
        again.Value!.ClientSecret.ShouldBeNull();
        again.Value.ClientId.ShouldBe(created.Value.ClientId);
    }
}
