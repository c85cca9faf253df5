using System.Collections.Immutable;

namespace Guide.Core.Automation;

/// <summary>The checks a proof can make; items name the ones that cover them.</summary>
public static class ProofCheckNames
{
    public const string AuthInfo = "authinfo";
    public const string Token = "token";
    public const string Scopes = "scopes";
    public const string AgentMe = "agent-me";
    public const string TicketsVisible = "tickets-visible";
    public const string ClientsVisible = "clients-visible";
    public const string TicketCreate = "ticket-create";
    public const string TicketEdit = "ticket-edit";
    public const string TicketEditClosed = "ticket-edit-closed";

    /// <summary>Written as <c>checked-by=none</c>: no API call can show the setting.</summary>
    public const string None = "none";

    public static ImmutableArray<string> All { get; } =
        [AuthInfo, Token, Scopes, AgentMe, TicketsVisible, ClientsVisible, TicketCreate, TicketEdit, TicketEditClosed];

    public static bool IsKnown(string name) => All.Contains(name);
}
