namespace Guide.Sandbox.Data;

public sealed partial class SandboxStore
{
    public IReadOnlyList<SandboxTicket> Tickets => Read(d => d.Tickets.ToArray());

    public IReadOnlyList<SandboxClient> Clients => Read(d => d.Clients.ToArray());

    public SandboxTicket? FindTicket(int id) => Read(d => d.Tickets.Find(t => t.Id == id));

    public SandboxClient? FindClient(int id) => Read(d => d.Clients.Find(c => c.Id == id));

    /// <summary>Adds the ticket (id 0 takes the next id) or replaces the one with its id.</summary>
    public SandboxTicket Save(SandboxTicket ticket) => Change(() =>
    {
        var stored = ticket with { Id = AssignId("ticket", ticket.Id) };
        Upsert(data.Tickets, stored, t => t.Id == stored.Id);
        return stored;
    });

    /// <summary>Adds the client (id 0 takes the next id) or replaces the one with its id.</summary>
    public SandboxClient Save(SandboxClient client) => Change(() =>
    {
        var stored = client with { Id = AssignId("client", client.Id) };
        Upsert(data.Clients, stored, c => c.Id == stored.Id);
        return stored;
    });
}
