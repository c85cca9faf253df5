using System.Globalization;
using System.Text.Json.Nodes;
using Guide.Halo.Json;

namespace Guide.Halo.Api;

internal sealed partial class HaloApi
{
    /// <summary>Closed, on a standard tenant [I]; the write proof reads the ticket back to be sure.</summary>
    public const int ClosedStatus = 9;

    /// <summary>Creates a ticket, looking for it by its summary if the answer is lost (never two).</summary>
    public async Task<HaloResult<HaloTicket>> CreateTicketOnceAsync(string summary, string details, int? clientId, CancellationToken cancellationToken)
    {
        var ticket = new JsonObject { ["summary"] = summary, ["details"] = details };
        if (clientId is { } client)
            ticket["client_id"] = client;
        var reply = await connection.PostAsync("Tickets", new JsonArray(ticket), cancellationToken).ConfigureAwait(false);
        var created = Single(reply, EntityReaders.Ticket, "POST /api/Tickets");
        if (created.Ok || IsRefusal(created.Problem!))
            return created;
        var found = await connection.GetAsync("Tickets", [new("search", summary)], cancellationToken).ConfigureAwait(false);
        var match = JsonRead.Items(found.Json, "tickets")?.Select(EntityReaders.Ticket).OfType<HaloTicket>().Where(t => t.Summary == summary).ToList();
        return match is { Count: 1 }
            ? HaloResult<HaloTicket>.Of(match[0])
            : HaloResult<HaloTicket>.Failed(Uncertain(created.Problem!, "ticket", summary));
    }

    /// <summary>The one ticket with exactly this summary, if there is one (null when none).</summary>
    public async Task<HaloResult<HaloTicket?>> FindTicketAsync(string summary, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Tickets", [new("search", summary)], cancellationToken).ConfigureAwait(false);
        if (!reply.Ok)
            return HaloResult<HaloTicket?>.Failed(reply.Problem!);
        var match = JsonRead.Items(reply.Json, "tickets")?.Select(EntityReaders.Ticket).OfType<HaloTicket>().FirstOrDefault(t => t.Summary == summary);
        return HaloResult<HaloTicket?>.Of(match);
    }

    public async Task<HaloResult<HaloTicket>> UpdateTicketAsync(int id, JsonObject fields, CancellationToken cancellationToken)
    {
        fields["id"] = id;
        var reply = await connection.PostAsync("Tickets", new JsonArray(fields), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Ticket, "POST /api/Tickets");
    }

    public async Task<HaloResult<HaloTicket>> GetTicketAsync(int id, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync($"Tickets/{id.ToString(CultureInfo.InvariantCulture)}", [], cancellationToken).ConfigureAwait(false);
        return reply.Ok && reply.Json is JsonObject json && EntityReaders.Ticket(json) is { } ticket
            ? HaloResult<HaloTicket>.Of(ticket)
            : HaloResult<HaloTicket>.Failed(Unreadable("GET /api/Tickets/{id}", reply));
    }

    /// <summary>The first customer the agent can see, for a test ticket.</summary>
    public async Task<HaloResult<int?>> FirstClientIdAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Client", FirstPage, cancellationToken).ConfigureAwait(false);
        if (!reply.Ok)
            return HaloResult<int?>.Failed(reply.Problem!);
        var first = JsonRead.Items(reply.Json, "clients")?.FirstOrDefault();
        return HaloResult<int?>.Of(first is null ? null : JsonRead.Int(JsonRead.Find(first, "id")));
    }
}
