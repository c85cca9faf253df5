using System.Net.Http.Headers;
using Guide.Sandbox;
using Guide.Testing.Contract;

namespace Guide.Testing.Sandbox;

/// <summary>
/// A simulator started in-process on a free loopback port for one test, with an HttpClient for
/// it. Disposing it stops the simulator and then holds every <c>/api</c> request the test made,
/// and every entity answered, to Halo's OpenAPI document: a violation fails the test. A test that
/// sends off-contract requests on purpose sets <see cref="CheckContract"/> to false.
/// </summary>
public sealed partial class TestSandbox : IAsyncDisposable
{
    private readonly List<HttpClient> clients = [];

    private TestSandbox(SandboxServer server)
    {
        Server = server;
        Http = Track(new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) });
    }

    public SandboxServer Server { get; }

    public SandboxSettings Settings => Server.Settings;

    /// <summary>An anonymous client for the simulator's base URL.</summary>
    public HttpClient Http { get; }

    /// <summary>Whether disposing checks the recorded requests against the contract (default true).</summary>
    public bool CheckContract { get; set; } = true;

    public static async Task<TestSandbox> StartAsync(SandboxOptions? options = null) =>
        new(await SandboxServer.StartAsync(options ?? new SandboxOptions()));

    /// <summary>The token URL with the simulator's own tenant (none when self-hosted-like).</summary>
    public string TokenPath => Settings.Tenant.Length == 0 ? "auth/token" : $"auth/token?tenant={Uri.EscapeDataString(Settings.Tenant)}";

    /// <summary>Asks for a token; <paramref name="scope"/> null sends no <c>scope</c> field.</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string? scope, string? tokenPath = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
            form["scope"] = scope;
        return Http.PostAsync(tokenPath ?? TokenPath, new FormUrlEncodedContent(form));
    }

    /// <summary>An access token; throws (naming the status, never the secret) when refused.</summary>
    public async Task<string> TokenAsync(string clientId, string secret, string scope)
    {
        using var response = await RequestTokenAsync(clientId, secret, scope);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The token request for {clientId} was answered {(int)response.StatusCode}.");
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A client carrying a token of the admin application.</summary>
    public Task<HttpClient> AdminAsync(string scope = "all") =>
        ClientAsync(Settings.AdminClientId, Settings.AdminClientSecret, scope);

    /// <summary>A client carrying a token of the given application.</summary>
    public async Task<HttpClient> ClientAsync(string clientId, string secret, string scope) =>
        WithToken(await TokenAsync(clientId, secret, scope));

    /// <summary>A client carrying the given Bearer token.</summary>
    public HttpClient WithToken(string token)
    {
        var client = Track(new HttpClient { BaseAddress = Server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The contract violations among the requests made so far.</summary>
    public IReadOnlyList<string> ContractViolations() => OpenApiContract.Halo.Check(Server.Requests);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
            client.Dispose();
        var violations = CheckContract ? ContractViolations() : [];
        await Server.DisposeAsync();
        if (violations.Count > 0)
            throw new ContractViolationException(violations);
    }

    private HttpClient Track(HttpClient client)
    {
        clients.Add(client);
        return client;
    }
}
