using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api;

/// <summary>
/// What an agent may see: effective rights are the token's scopes (checked by the access rules)
/// intersected with the agent's own reach (halopsa-api.md §5) [R]. How that reach is computed
/// here is a guess [I]: tickets by team, customers by having any team at all.
/// </summary>
internal static class Visibility
{
    /// <summary>An administrator sees every ticket; anyone else the tickets of their own teams.</summary>
    public static bool CanSee(SandboxAgent agent, SandboxTicket ticket) =>
        agent.IsAdmin || (ticket.TeamId is int team && agent.TeamIds.Contains(team));

    /// <summary>
    /// Customers: an administrator, or an agent in at least one team, sees all of them; an agent in
    /// no team sees none. This stands in for Halo's "access to all customers", which no API field
    /// exposes [I], and makes H06 show for clients as it does for tickets.
    /// </summary>
    public static bool CanSeeClients(SandboxAgent agent) => agent.IsAdmin || agent.TeamIds.Count > 0;

    /// <summary>A ticket may be put in a team only by an agent of that team (or an administrator) [I].</summary>
    public static bool CanWriteTo(SandboxAgent agent, int teamId) => agent.IsAdmin || agent.TeamIds.Contains(teamId);
}
