using System.Text.Json;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api;

/// <summary>
/// <c>POST /api/Tickets</c>: creates and updates, including closing (<c>status_id</c> 9) and editing a
/// closed ticket, which the write proof exercises. Closed tickets stay editable: the claim "Can
/// edit closed tickets" is not modelled [I].
/// </summary>
internal static class TicketWrites
{
    public static async Task<IResult> Post(HttpContext context, SandboxStore store, HaloJson json, TimeProvider time)
    {
        var agent = Caller.Of(context).Agent;
        var items = await RequestItems.ReadAsync(context.Request);
        var drafts = items.Select(item => Draft(item, agent, store, time)).ToArray();
        return HaloJson.Posted(drafts.Select(store.Save).Select(t => TicketJson.Write(json, store, t)).ToArray());
    }

    private static SandboxTicket Draft(JsonElement item, SandboxAgent agent, SandboxStore store, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var ticket = JsonFields.Int(item, "id") is int id and > 0
            ? Visible(store.FindTicket(id), agent) ?? throw ApiProblem.NotFound($"Ticket {id}")
            : new SandboxTicket { Summary = JsonFields.Required(item, "summary"), DateOccurred = now, TeamId = DefaultTeam(agent) };
        var status = JsonFields.Int(item, "status_id") ?? ticket.StatusId;
        ticket = ticket with
        {
            Summary = JsonFields.Has(item, "summary") ? JsonFields.Required(item, "summary") : ticket.Summary,
            Details = JsonFields.String(item, "details") ?? ticket.Details,
            TicketTypeId = JsonFields.Int(item, "tickettype_id") ?? ticket.TicketTypeId,
            ClientId = Client(item, store) ?? ticket.ClientId,
            AgentId = JsonFields.Int(item, "agent_id") ?? ticket.AgentId,
            TeamId = Team(item, store) ?? ticket.TeamId,
            StatusId = status,
            DateClosed = status == SandboxTicket.ClosedStatusId ? ticket.DateClosed ?? now : null,
        };
        if (ticket.TeamId is not int team || !Visibility.CanWriteTo(agent, team))
            throw ApiProblem.Forbidden($"The agent '{agent.Name}' is in no team this ticket could belong to.");
        return ticket;
    }

    private static SandboxTicket? Visible(SandboxTicket? ticket, SandboxAgent agent) =>
        ticket is not null && Visibility.CanSee(agent, ticket) ? ticket : null;

    private static int? DefaultTeam(SandboxAgent agent) => agent.TeamIds.Count > 0 ? agent.TeamIds[0] : null;

    private static int? Client(JsonElement item, SandboxStore store) =>
        JsonFields.Int(item, "client_id") is int id
            ? store.FindClient(id)?.Id ?? throw ApiProblem.BadRequest($"No client has id {id}.")
            : null;

    /// <summary>Tickets name their team by name (<c>team</c>), as in the schema <c>Faults</c>.</summary>
    private static int? Team(JsonElement item, SandboxStore store) =>
        JsonFields.String(item, "team") is { Length: > 0 } name
            ? store.FindTeam(name)?.Id ?? throw ApiProblem.BadRequest($"No team is called '{name}'.")
            : null;
}
