using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary>
/// <c>/api/Tickets</c>: list (wrapper <c>tickets</c>, newest first), read, create/update. Only the
/// tickets of the agent's teams are visible (<see cref="Visibility"/>): an agent in no team sees
/// <c>record_count</c> 0 (H06).
/// </summary>
internal static class TicketEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Tickets", List).WithMetadata(AccessRule.ReadTickets);
        api.MapPost("/Tickets", TicketWrites.Post).WithMetadata(AccessRule.EditTickets);
        api.MapGet("/Tickets/{id}", Get).WithMetadata(AccessRule.ReadTickets);
    }

    private static IResult List(HttpContext context, SandboxStore store, HaloJson json)
    {
        var request = context.Request;
        var agent = Caller.Of(context).Agent;
        var search = QueryValues.Text(request, "search");
        var clientId = QueryValues.Int(request, "client_id");
        var openOnly = QueryValues.Flag(request, "open_only");
        var tickets = store.Tickets
            .Where(t => Visibility.CanSee(agent, t))
            .Where(t => !openOnly || !t.IsClosed)
            .Where(t => clientId is null || t.ClientId == clientId)
            .Where(t => search is null || t.Summary.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => t.Id)
            .ToArray();
        return HaloJson.Write(Paging.Wrap(request, "tickets", tickets, t => TicketJson.Write(json, store, t)));
    }

    private static IResult Get(string id, HttpContext context, SandboxStore store, HaloJson json)
    {
        var ticket = store.FindTicket(Ids.Path(id));
        if (ticket is null || !Visibility.CanSee(Caller.Of(context).Agent, ticket))
            throw ApiProblem.NotFound($"Ticket {id}");
        return HaloJson.Write(TicketJson.Write(json, store, ticket));
    }
}
