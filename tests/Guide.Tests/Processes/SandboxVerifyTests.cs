using System.Text.Json;
using Guide.Tests.Support;

namespace Guide.Tests.Processes;

/// <summary>`guide sandbox` and `guide verify` as processes, the way README shows them together.</summary>
public sealed class SandboxVerifyTests
{
    /// <summary>A state folder with nothing in it, so verify finds no saved run of the person running the tests.</summary>
    private static readonly string NoSavedRun = Path.Combine(Path.GetTempPath(), "guide-test-no-state-" + Guid.NewGuid().ToString("N"));

    private static Dictionary<string, string?> Env(SandboxProcess sandbox)
    {
        var env = sandbox.Exports.ToDictionary(p => p.Key, p => (string?)p.Value);
        env["XDG_STATE_HOME"] = NoSavedRun;
        return env;
    }

    private static Dictionary<string, string?> NoHaloVariables(string stateHome) => new()
    {
        ["XDG_STATE_HOME"] = stateHome, ["HALO_RESOURCE_SERVER"] = null, ["HALO_AUTHORISATION_SERVER"] = null,
        ["HALO_TENANT"] = null, ["HALO_CLIENT_ID"] = null, ["HALO_CLIENT_SECRET"] = null,
    };

    [Fact]
    public void Verify_takes_what_no_flag_or_variable_gives_from_the_saved_run()
    {
        using var dir = new TempDir();
        using var sandbox = SandboxProcess.Start();
        var secret = sandbox.Exports["HALO_CLIENT_SECRET"];
        var run = SavedRuns.Start(Path.Combine(dir.Path, "guide", "liongard-halopsa.json"));
        run.SetValue("resource_server", sandbox.Exports["HALO_RESOURCE_SERVER"]).Succeeded.ShouldBeTrue();
        run.SetValue("authorisation_server", sandbox.Exports["HALO_AUTHORISATION_SERVER"]).Succeeded.ShouldBeTrue();
        run.SetValue("tenant", sandbox.Exports["HALO_TENANT"]).Succeeded.ShouldBeTrue();
        run.SetValue("client_id", sandbox.Exports["HALO_CLIENT_ID"]).Succeeded.ShouldBeTrue();
        run.SetValue("client_secret", secret).Succeeded.ShouldBeTrue();
        run.SetValue("agent_name", "Liongard").Succeeded.ShouldBeTrue();

        var byDefault = GuideProcess.Run(NoHaloVariables(dir.Path), "verify");
        byDefault.Exit.ShouldBe(0, byDefault.Out + byDefault.Error);
        byDefault.Error.ShouldContain($"from the saved run {Path.Combine(dir.Path, "guide", "liongard-halopsa.json")}: "
            + "Client Secret, Resource Server, Authorisation Server, Tenant, Client ID, agent.");
        byDefault.Out.ShouldContain("PASS agent-me");
        (byDefault.Out + byDefault.Error).ShouldNotContain(secret);

        var wrongAgent = GuideProcess.Run(NoHaloVariables(NoSavedRun), "verify", "--state", Path.Combine(dir.Path, "guide", "liongard-halopsa.json"), "--agent", "Someone Else");
        wrongAgent.Exit.ShouldBe(1, "a flag beats the saved run");
        wrongAgent.Out.ShouldContain("FAIL agent-me");
        (wrongAgent.Out + wrongAgent.Error).ShouldNotContain(secret);

        var none = GuideProcess.Run(NoHaloVariables(NoSavedRun), "verify", "--state", dir.File("missing.json"));
        none.Exit.ShouldBe(2);
        none.Error.ShouldContain($"there is no state file at {dir.File("missing.json")}");
    }

    [Fact]
    public void Verify_with_the_sandbox_exports_passes_and_a_wrong_secret_fails_naming_invalid_client()
    {
        using var dir = new TempDir();
        using var sandbox = SandboxProcess.Start("--data", dir.File("sandbox.json"));
        sandbox.Exports.Keys.ShouldBe([
            "HALO_INSTANCE_URL", "HALO_RESOURCE_SERVER", "HALO_AUTHORISATION_SERVER", "HALO_TENANT",
            "HALO_ADMIN_CLIENT_ID", "HALO_ADMIN_CLIENT_SECRET", "HALO_CLIENT_ID", "HALO_CLIENT_SECRET",
        ], ignoreOrder: true);
        sandbox.Exports["HALO_INSTANCE_URL"].ShouldStartWith("http://127.0.0.1:");

        var ok = GuideProcess.Run(Env(sandbox), "verify");
        ok.Exit.ShouldBe(0, ok.Out + ok.Error);
        ok.Out.ShouldContain("PASS token");
        ok.Out.ShouldContain("Result: passed (5 HTTP requests");
        ok.Out.ShouldNotContain(sandbox.Exports["HALO_CLIENT_SECRET"]);

        const string wrong = "Wrong-Secret-5e0c1b";
        var env = Env(sandbox);
        env["HALO_CLIENT_SECRET"] = wrong;
        var refused = GuideProcess.Run(env, "verify");
        refused.Exit.ShouldBe(1);
        refused.Out.ShouldContain("invalid_client");
        (refused.Out + refused.Error).ShouldNotContain(wrong);
        (refused.Out + refused.Error).ShouldNotContain(sandbox.Exports["HALO_CLIENT_SECRET"]);

        sandbox.Stop().ShouldBe(0);
        File.GetUnixFileMode(dir.File("sandbox.json")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Verify_reads_the_secret_from_stdin_and_writes_json()
    {
        using var sandbox = SandboxProcess.Start();
        var env = Env(sandbox);
        var secret = env["HALO_CLIENT_SECRET"]!;
        env["HALO_CLIENT_SECRET"] = null;

        var run = GuideProcess.RunWithInput(env, secret + "\n", "verify", "--client-secret-stdin", "--json", "--agent", "Liongard");

        run.Exit.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("status").GetString()))
            .ShouldBe([("authinfo", "pass"), ("token", "pass"), ("scopes", "pass"), ("agent-me", "pass"), ("tickets-visible", "pass"), ("clients-visible", "pass")]);
        run.Out.ShouldNotContain(secret);
    }

    [Fact]
    public void Verify_names_what_is_missing_and_refuses_plain_http_to_a_real_host()
    {
        var missing = GuideProcess.Run(new Dictionary<string, string?> { ["HALO_CLIENT_SECRET"] = null, ["XDG_STATE_HOME"] = NoSavedRun }, "verify",
            "--resource-server", "example.halopsa.com", "--authorisation-server", "https://example.halopsa.com/auth", "--client-id", "x");
        missing.Exit.ShouldBe(2);
        missing.Error.ShouldContain("the Client Secret is missing: set HALO_CLIENT_SECRET, or pipe it in with --client-secret-stdin (never as an argument)");

        var nothing = GuideProcess.Run(NoHaloVariables(NoSavedRun), "verify");
        nothing.Exit.ShouldBe(2);
        nothing.Error.ShouldContain("the Resource Server is missing");
        nothing.Error.ShouldContain("the Authorisation Server is missing");
        nothing.Error.ShouldContain("the Client ID is missing");
        nothing.Error.ShouldContain("the Client Secret is missing");
        nothing.Error.ShouldContain("(or --state a saved run that has them)");

        var http = GuideProcess.Run(new Dictionary<string, string?> { ["HALO_CLIENT_SECRET"] = "s" }, "verify",
            "--resource-server", "http://example.halopsa.com/api", "--authorisation-server", "https://example.halopsa.com/auth", "--client-id", "x");
        http.Exit.ShouldBe(2);
        http.Error.ShouldContain("Resource Server must use https://");

        var secretFlag = GuideProcess.Run(new Dictionary<string, string?>(), "verify", "--client-secret", "s");
        secretFlag.Exit.ShouldBe(2, "no command-line option takes a secret");
    }

    [Fact]
    public void A_bad_fault_name_is_bad_usage_listing_the_names()
    {
        var run = GuideProcess.Run(new Dictionary<string, string?>(), "sandbox", "--fault", "meteor-strike");
        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("rate-limit");
        run.Error.ShouldContain("lost-create");
    }

    [Fact]
    public void Sandbox_with_injected_faults_still_lets_verify_pass_through_retries()
    {
        using var sandbox = SandboxProcess.Start("--fault", "unavailable:GET:/api/Tickets:1", "--fault", "expired-token:GET:/api/Client:1");

        var run = GuideProcess.Run(Env(sandbox), "verify");

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Error.ShouldContain("GET /api/Tickets: HaloPSA answered 503; trying again in 2 s");
        run.Out.ShouldContain("Result: passed (8 HTTP requests");
    }
}
