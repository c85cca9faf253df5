namespace Guide.Sandbox.Data;

/// <summary>
/// What a new simulator starts with: a few teams, clients and tickets spread over the teams, an
/// admin agent and an admin application (scope <c>all</c>), and optionally a ready Liongard
/// agent and application like the ones Liongard's setup page asks for.
/// </summary>
internal static class Seed
{
    /// <summary>The scopes Liongard's setup page asks for.</summary>
    public static readonly IReadOnlyList<string> LiongardScopes = ["read:tickets", "edit:tickets", "read:customers"];

    public static void Base(SandboxStore store, TimeProvider time)
    {
        var desk = store.Save(new SandboxTeam { Name = "Service Desk", DepartmentId = 1, DepartmentName = "Support" });
        var projects = store.Save(new SandboxTeam { Name = "Projects", DepartmentId = 2, DepartmentName = "Delivery" });
        var alerts = store.Save(new SandboxTeam { Name = "Alerts", DepartmentId = 1, DepartmentName = "Support" });
        store.Save(new SandboxRole
        {
            Name = "Administrator",
            Claims = [new SandboxClaim("tickets", "readwrite"), new SandboxClaim("config", "admin")],
        });
        var admin = store.Save(new SandboxAgent
        {
            Name = "Sandbox Admin",
            Email = "admin@sandbox.invalid",
            IsAdmin = true,
            TeamIds = [desk.Id, projects.Id, alerts.Id],
        });
        store.Save(new SandboxAgent { Name = "Sam Tech", Email = "sam@sandbox.invalid", TeamIds = [desk.Id] });
        var clients = new[] { "Acme Ltd", "Globex Corporation", "Initech" }
            .Select(name => store.Save(new SandboxClient { Name = name })).ToArray();
        var now = time.GetUtcNow();
        var teams = new[] { desk, desk, projects, alerts, alerts, desk };
        for (var i = 0; i < teams.Length; i++)
        {
            store.Save(new SandboxTicket
            {
                Summary = $"Sample ticket {i + 1}",
                Details = "Seeded by the sandbox.",
                ClientId = clients[i % clients.Length].Id,
                TeamId = teams[i].Id,
                DateOccurred = now.AddHours(-(teams.Length - i)),
            });
        }
        var created = store.Create(new SandboxApplication
        {
            DisplayName = "Sandbox Admin",
            LoginAsAgentId = admin.Id,
            Scopes = ["all"],
        });
        store.Remember(ToStored(created), liongard: null);
    }

    /// <summary>An API-only agent in two teams and an application logging in as it.</summary>
    public static void Liongard(SandboxStore store)
    {
        var teams = store.Teams.Where(t => t.Name is "Service Desk" or "Alerts").Select(t => t.Id).ToArray();
        var agent = store.Save(new SandboxAgent { Name = "Liongard", IsApiAgent = true, TeamIds = teams });
        var created = store.Create(new SandboxApplication
        {
            DisplayName = "Liongard",
            LoginAsAgentId = agent.Id,
            Scopes = LiongardScopes,
        });
        store.Remember(admin: null, ToStored(created));
    }

    private static StoredCredentials ToStored(CreatedApplication created) =>
        new(created.Application.Id, created.Application.ClientId, created.ClientSecret);
}
