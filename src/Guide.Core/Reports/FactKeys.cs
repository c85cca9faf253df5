namespace Guide.Core.Reports;

/// <summary>Names of the facts automations record in the run state for the report.</summary>
public static class FactKeys
{
    public const string AgentId = "agent.id";
    public const string AgentName = "agent.name";
    public const string AgentApiOnly = "agent.api_only";
    public const string AgentTeams = "agent.teams";
    public const string ApplicationId = "application.id";
    public const string ApplicationName = "application.name";
    public const string ApplicationLoginAs = "application.login_as";
    public const string ApplicationScopes = "application.scopes";
}
