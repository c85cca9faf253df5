namespace Guide.Sandbox.Data;

public sealed partial class SandboxStore
{
    public IReadOnlyList<SandboxAgent> Agents => Read(d => d.Agents.ToArray());

    public IReadOnlyList<SandboxTeam> Teams => Read(d => d.Teams.ToArray());

    public IReadOnlyList<SandboxRole> Roles => Read(d => d.Roles.ToArray());

    public SandboxAgent? FindAgent(int id) => Read(d => d.Agents.Find(a => a.Id == id));

    public SandboxTeam? FindTeam(int id) => Read(d => d.Teams.Find(t => t.Id == id));

    public SandboxTeam? FindTeam(string name) =>
        Read(d => d.Teams.Find(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)));

    public SandboxRole? FindRole(string id) =>
        Read(d => d.Roles.Find(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Adds the agent (id 0 takes the next id) or replaces the one with its id.</summary>
    public SandboxAgent Save(SandboxAgent agent) => Change(() =>
    {
        var stored = agent with { Id = AssignId("agent", agent.Id) };
        Upsert(data.Agents, stored, a => a.Id == stored.Id);
        return stored;
    });

    /// <summary>Adds the team (id 0 takes the next id) or replaces the one with its id.</summary>
    public SandboxTeam Save(SandboxTeam team) => Change(() =>
    {
        var stored = team with { Id = AssignId("team", team.Id) };
        Upsert(data.Teams, stored, t => t.Id == stored.Id);
        return stored;
    });

    /// <summary>Adds the role (empty id takes a new GUID) or replaces the one with its id.</summary>
    public SandboxRole Save(SandboxRole role) => Change(() =>
    {
        var stored = role.Id.Length == 0 ? role with { Id = Guid.NewGuid().ToString() } : role;
        Upsert(data.Roles, stored, r => string.Equals(r.Id, stored.Id, StringComparison.OrdinalIgnoreCase));
        return stored;
    });

    /// <summary>Removes the agent; false when there was none.</summary>
    public bool DeleteAgent(int id) => Change(() => data.Agents.RemoveAll(a => a.Id == id) > 0);
}
