namespace Guide.Sandbox.Data;

/// <summary>A ticket (Halo schema <c>Faults</c>).</summary>
public sealed record SandboxTicket
{
    /// <summary>The status id Halo gives "Closed" out of the box [I].</summary>
    public const int ClosedStatusId = 9;

    /// <summary>The status id of "New" [I].</summary>
    public const int NewStatusId = 1;

    /// <summary>0 for a ticket not stored yet.</summary>
    public int Id { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public int TicketTypeId { get; init; } = 1;

    public int? ClientId { get; init; }

    /// <summary>The team it belongs to; visibility follows it.</summary>
    public int? TeamId { get; init; }

    public int StatusId { get; init; } = NewStatusId;

    public int? AgentId { get; init; }

    public DateTimeOffset DateOccurred { get; init; }

    public DateTimeOffset? DateClosed { get; init; }

    public bool IsClosed => StatusId == ClosedStatusId;
}
