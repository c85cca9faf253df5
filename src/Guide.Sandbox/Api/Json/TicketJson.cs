using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>A ticket as Halo's schema <c>Faults</c> names its fields.</summary>
internal static class TicketJson
{
    public static JsonObject Write(HaloJson json, SandboxStore store, SandboxTicket ticket) => new()
    {
        ["id"] = json.Id(ticket.Id),
        ["summary"] = ticket.Summary,
        ["details"] = ticket.Details,
        ["tickettype_id"] = json.Id(ticket.TicketTypeId),
        ["client_id"] = json.Id(ticket.ClientId),
        ["client_name"] = ticket.ClientId is int c ? store.FindClient(c)?.Name : null,
        ["team"] = ticket.TeamId is int t ? store.FindTeam(t)?.Name : null,
        ["agent_id"] = json.Id(ticket.AgentId),
        ["status_id"] = json.Id(ticket.StatusId),
        ["status_name"] = StatusName(ticket.StatusId),
        ["dateoccurred"] = HaloJson.Date(ticket.DateOccurred),
        ["dateclosed"] = HaloJson.Date(ticket.DateClosed),
        ["hasbeenclosed"] = ticket.DateClosed is not null,
    };

    /// <summary>Halo's out-of-the-box statuses the simulator knows [I].</summary>
    private static string StatusName(int id) => id switch
    {
        SandboxTicket.NewStatusId => "New",
        2 => "In Progress",
        SandboxTicket.ClosedStatusId => "Closed",
        _ => $"Status {id}",
    };
}
