namespace Guide.Core.Reports;

/// <summary>Names of the facts automations record in the run state for the report.</summary>
public static class FactKeys
{
    /// <summary>The tenant the instance's own <c>GET /api/authinfo</c> named: a recorded tenant equal to it is not a mistake.</summary>
    public const string DiscoveredTenant = "authinfo.tenant";

    public const string AgentId = "agent.id";
    public const string AgentName = "agent.name";
    public const string AgentApiOnly = "agent.api_only";
    public const string AgentTeams = "agent.teams";
    public const string ApplicationId = "application.id";
    public const string ApplicationName = "application.name";
    public const string ApplicationLoginAs = "application.login_as";
    public const string ApplicationScopes = "application.scopes";

    /// <summary>The name of an application Guide is creating: set before the request, so a lost answer is known to be Guide's own.</summary>
    public const string ApplicationCreating = "application.creating";

    /// <summary>The summary of the write proof's test ticket, chosen once so a resumed run reuses the ticket.</summary>
    public const string WriteProofTicket = "write-proof.ticket";
}
