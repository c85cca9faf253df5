using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Guide.Testing.Sandbox;

namespace Guide.Sandbox.Tests.Auth;

public sealed class TokenRequestTests
{
    [Fact]
    public async Task Http_Basic_client_authentication_works_too()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sandbox.Settings.AdminClientId}:{sandbox.Settings.AdminClientSecret}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, sandbox.TokenPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "all" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);

        using var response = await sandbox.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("password", "unsupported_grant_type")]
    [InlineData("", "unsupported_grant_type")]
    public async Task Only_client_credentials_is_a_grant(string grant, string error)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = grant,
            ["client_id"] = sandbox.Settings.AdminClientId,
            ["client_secret"] = sandbox.Settings.AdminClientSecret,
        };

        using var response = await sandbox.Http.PostAsync(sandbox.TokenPath, new FormUrlEncodedContent(form));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).Str("error").ShouldBe(error);
    }

    [Fact]
    public async Task A_JSON_token_request_is_refused_since_it_must_be_form_encoded()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.Http.PostJsonAsync(sandbox.TokenPath, """{"grant_type":"client_credentials"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).Str("error").ShouldBe("invalid_request");
    }

    [Fact]
    public async Task The_token_path_is_case_insensitive()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        using var response = await sandbox.RequestTokenAsync(
            sandbox.Settings.AdminClientId, sandbox.Settings.AdminClientSecret, "all", "AUTH/Token?tenant=sandbox");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
