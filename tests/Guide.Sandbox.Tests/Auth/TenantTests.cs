using System.Net;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Auth;

public sealed class TenantTests
{
    [Theory]
    [InlineData("auth/token")]
    [InlineData("auth/token?tenant=")]
    [InlineData("auth/token?tenant=someone-else")]
    public async Task H03_a_hosted_instance_refuses_a_missing_or_wrong_tenant(string path)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all", path);
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.Str("error").ShouldBe("invalid_request");
        body.Str("error_description")!.ShouldContain("tenant");
    }

    [Fact]
    public async Task H03_the_tenant_is_matched_regardless_of_case()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Tenant = "acme" });

        using var response = await sandbox.RequestTokenAsync(
            sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all", "auth/token?tenant=ACME");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task H03_authinfo_names_the_tenant_and_the_authorisation_server_without_a_token()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Tenant = "acme" });

        var info = await sandbox.Http.GetJsonAsync("api/authinfo");

        info.Str("auth_url").ShouldBe(sandbox.Settings.AuthorisationServer);
        info.Str("tenant_id").ShouldBe("acme");
    }

    [Fact]
    public async Task H02_a_self_hosted_instance_takes_no_tenant_parameter()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { RequireTenant = false });

        using var ok = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all", "auth/token");
        using var empty = await sandbox.RequestTokenAsync(sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all", "auth/token?tenant=");

        sandbox.Settings.Tenant.ShouldBe("");
        sandbox.TokenPath.ShouldBe("auth/token");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.ReadJsonAsync()).Str("error").ShouldBe("invalid_request");
    }

    [Fact]
    public async Task H02_a_self_hosted_authinfo_has_no_tenant_id()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { RequireTenant = false });

        var info = await sandbox.Http.GetJsonAsync("api/AuthInfo");

        info.Str("auth_url").ShouldBe(sandbox.Settings.AuthorisationServer);
        info.TryGetProperty("tenant_id", out _).ShouldBeFalse();
    }
}
