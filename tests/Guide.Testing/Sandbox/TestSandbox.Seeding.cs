using Guide.Sandbox.Data;

namespace Guide.Testing.Sandbox;

public sealed partial class TestSandbox
{
    /// <summary>
    /// Seeds, straight into the store, an agent in the given teams and an application logging in
    /// as it with the given scopes; returns the application and its secret.
    /// </summary>
    public CreatedApplication SeedApplication(string name, IReadOnlyList<string> scopes, IReadOnlyList<int> teamIds, bool admin = false)
    {
        var agent = Server.Store.Save(new SandboxAgent { Name = name, IsApiAgent = true, IsAdmin = admin, TeamIds = teamIds });
        return Server.Store.Create(new SandboxApplication { DisplayName = name, LoginAsAgentId = agent.Id, Scopes = scopes });
    }

    /// <summary>A client with a token of a freshly seeded application (see <see cref="SeedApplication"/>).</summary>
    public Task<HttpClient> SeededClientAsync(string name, string scopes, IReadOnlyList<int> teamIds, bool admin = false)
    {
        var created = SeedApplication(name, scopes.Split(' '), teamIds, admin);
        return ClientAsync(created.Application.ClientId, created.ClientSecret, scopes);
    }

    /// <summary>The id of a seeded team by name.</summary>
    public int TeamId(string name) => Server.Store.FindTeam(name)?.Id ?? throw new ArgumentException($"No team '{name}'.", nameof(name));
}
