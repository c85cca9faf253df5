using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Halo.Proof;
using Guide.Halo.Tests.Support;
using Guide.Sandbox;

namespace Guide.Halo.Tests;

/// <summary>The read-only proof against the simulator, and cases H01 to H06 and H09 through it.</summary>
public sealed class ProofTests
{
    private static Task<ProofResult> Prove(SandboxSettings settings, Core.Proof.HaloTarget target, ClientCredentials credentials,
        string? agent = "Liongard", IReadOnlyList<string>? scopes = null, RecordingProgress? progress = null) =>
        new ProofRunner(Sim.Options()).ProveAsync(new ProofRequest(target, credentials, agent, scopes ?? ProofRequest.LiongardScopes),
            progress ?? new RecordingProgress(), CancellationToken.None);

    private static string Status(ProofResult result) =>
        string.Join("\n", result.Checks.Select(c => $"{c.Name}: {c.Status}: {c.Detail}"));

    [Fact]
    public async Task A_correct_setup_passes_every_check_in_five_requests()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());
        var progress = new RecordingProgress();

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), Sim.Liongard(sandbox), progress: progress);

        result.Checks.Select(c => (c.Name, c.Status)).ShouldBe([
            ("authinfo", CheckStatus.Pass), ("token", CheckStatus.Pass), ("scopes", CheckStatus.Pass),
            ("agent-me", CheckStatus.Pass), ("tickets-visible", CheckStatus.Pass), ("clients-visible", CheckStatus.Pass),
        ], Status(result));
        result.Requests.ShouldBe(5);
        sandbox.Server.RequestCount.ShouldBe(5);
        result.Checks.Single(c => c.Name == "agent-me").Detail.ShouldContain("logs in as Liongard");
        progress.Messages.ShouldContain("GET /api/Agent/me");
    }

    [Fact]
    public async Task H01_a_wrong_secret_is_named_as_such_without_retry_or_the_secret()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());
        const string wrong = "definitely-the-wrong-secret-7731";

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), new ClientCredentials(sandbox.Settings.LiongardClientId!, wrong));

        var token = result.Checks.Single(c => c.Name == "token");
        token.Status.ShouldBe(CheckStatus.Fail);
        token.Detail.ShouldContain("invalid_client");
        token.Detail.ShouldContain("cannot show a secret again");
        result.Checks.ShouldAllBe(c => !c.Detail.Contains(wrong));
        result.Requests.ShouldBe(2, "authinfo, then one token request: a refused secret is not retried");
    }

    [Fact]
    public async Task H02_self_hosted_sends_no_tenant_parameter_at_all()
    {
        // This simulator refuses any tenant parameter, even an empty one.
        await using var sandbox = await Sim.StartAsync(Sim.Seeded() with { RequireTenant = false });

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), Sim.Liongard(sandbox));

        result.Failed.ShouldBeFalse(Status(result));
        var token = sandbox.Server.Requests.Single(r => r.Path.EndsWith("/token", StringComparison.Ordinal));
        token.Query.ShouldBeEmpty();
        result.Checks.Single(c => c.Name == "authinfo").Detail.ShouldContain("(none: self-hosted)");
    }

    [Fact]
    public async Task A_wrong_tenant_is_refused_in_one_sentence_without_doubled_punctuation()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());
        var target = Sim.Target(sandbox) with { Tenant = "not-this-one" };

        var result = await Prove(sandbox.Settings, target, Sim.Liongard(sandbox));

        var token = result.Checks.Single(c => c.Name == "token");
        token.Status.ShouldBe(CheckStatus.Fail);
        token.Detail.ShouldContain("(invalid_request: Unknown tenant (see tenant_id in /api/authinfo)).");
        token.Detail.ShouldNotContain(".).");
    }

    [Fact]
    public async Task H03_a_hosted_instance_without_the_tenant_is_told_which_tenant()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox, withTenant: false), Sim.Liongard(sandbox));

        var authinfo = result.Checks.Single(c => c.Name == "authinfo");
        authinfo.Status.ShouldBe(CheckStatus.Fail);
        authinfo.Detail.ShouldBe("this is a hosted instance with tenant sandbox, but no Tenant was recorded: record it.");
        result.Checks.Single(c => c.Name == "token").Status.ShouldBe(CheckStatus.Fail);
    }

    [Fact]
    public async Task H04_a_missing_scope_warns_and_a_401_that_survives_renewal_names_the_granted_scopes()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());
        var app = sandbox.SeedApplication("Narrow", ["read:tickets"], [sandbox.TeamId("Service Desk")]);

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), new ClientCredentials(app.Application.ClientId, app.ClientSecret), agent: null);

        var scopes = result.Checks.Single(c => c.Name == "scopes");
        scopes.Status.ShouldBe(CheckStatus.Warn);
        scopes.Detail.ShouldContain("missing edit:tickets, read:customers");
        scopes.Detail.ShouldContain("Permissions tab");
        var clients = result.Checks.Single(c => c.Name == "clients-visible");
        clients.Status.ShouldBe(CheckStatus.Fail);
        clients.Detail.ShouldContain("even with a fresh token; the token's permissions are [read:tickets]");
        clients.Detail.ShouldContain("not bad credentials");
        sandbox.Server.Requests.Count(r => r.Path.EndsWith("/token", StringComparison.Ordinal)).ShouldBe(2, "renewed once, not more");
    }

    [Fact]
    public async Task H05_an_unknown_scope_is_named_before_anything_is_sent()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), Sim.Liongard(sandbox), scopes: ["read:tickets", "read:everything"]);

        var token = result.Checks.Single(c => c.Name == "token");
        token.Status.ShouldBe(CheckStatus.Fail);
        token.Detail.ShouldContain("Unknown permission name(s): read:everything");
        sandbox.Server.Requests.ShouldNotContain(r => r.Path.EndsWith("/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task H06_an_agent_in_no_team_sees_nothing_and_that_is_a_warning_not_a_pass()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());
        var app = sandbox.SeedApplication("Teamless", ProofRequest.LiongardScopes, []);

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), new ClientCredentials(app.Application.ClientId, app.ClientSecret), agent: "Teamless");

        var tickets = result.Checks.Single(c => c.Name == "tickets-visible");
        tickets.Status.ShouldBe(CheckStatus.Warn);
        tickets.Detail.ShouldContain("no team or department");
        result.Checks.Single(c => c.Name == "clients-visible").Status.ShouldBe(CheckStatus.Warn);
        result.Failed.ShouldBeFalse();
        result.Warned.ShouldBeTrue();
    }

    [Fact]
    public async Task The_wrong_login_agent_fails_naming_both()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded());

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), Sim.Liongard(sandbox), agent: "Somebody Else");

        result.Checks.Single(c => c.Name == "agent-me").Detail.ShouldBe("the application logs in as Liongard, not Somebody Else: set Agent to log in as on the application.");
    }

    [Fact]
    public async Task H09_ids_sent_as_decimals_are_read()
    {
        await using var sandbox = await Sim.StartAsync(Sim.Seeded() with { DecimalIds = true });

        var result = await Prove(sandbox.Settings, Sim.Target(sandbox), Sim.Liongard(sandbox));

        result.Failed.ShouldBeFalse(Status(result));
        result.Checks.Single(c => c.Name == "agent-me").Detail.ShouldMatch(@"\(id \d+, API-only");
    }

    [Fact]
    public async Task An_unreachable_instance_is_named_as_unreachable()
    {
        var target = new Core.Proof.HaloTarget("http://127.0.0.1:9/api", "http://127.0.0.1:9/auth", null);

        var result = await new ProofRunner(Sim.Options()).ProveAsync(
            new ProofRequest(target, new ClientCredentials("id", "secret-xyz"), null, ProofRequest.LiongardScopes),
            new RecordingProgress(), CancellationToken.None);

        result.Checks.Single(c => c.Name == "token").Detail.ShouldContain("Could not reach HaloPSA");
        result.Checks.Single(c => c.Name == "token").Detail.ShouldContain("(3 attempts)");
    }
}
