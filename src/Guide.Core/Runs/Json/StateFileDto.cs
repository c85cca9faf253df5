namespace Guide.Core.Runs.Json;

// The state file's shape, documented in content/README.md. Plain settable classes so that the
// source-generated serializer can read and write them without reflection.
#pragma warning disable CA1812, CA2227 // instantiated by the serializer; collections are set by it

internal sealed class StateFileDto
{
    public int Schema { get; set; }
    public GuideRefDto? Guide { get; set; }
    public string? Mode { get; set; }
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset Updated { get; set; }
    public Dictionary<string, string>? Values { get; set; }
    public Dictionary<string, ItemDto>? Items { get; set; }
    public List<CheckDto>? Checks { get; set; }
    public Dictionary<string, string>? Facts { get; set; }
    public int HttpRequests { get; set; }
    public List<string>? Notes { get; set; }
    public List<UndoDto>? Undo { get; set; }
}

internal sealed class GuideRefDto
{
    public string? Id { get; set; }
    public string? Version { get; set; }
}

internal sealed class ItemDto
{
    public string? Status { get; set; }
    public string? By { get; set; }
    public DateTimeOffset? At { get; set; }
    public string? Reason { get; set; }
    public string? Detail { get; set; }
}

internal sealed class CheckDto
{
    public string? Name { get; set; }
    public string? Status { get; set; }
    public string? Detail { get; set; }
}

internal sealed class UndoDto
{
    public string? Description { get; set; }
    public Dictionary<string, ItemDto?>? Items { get; set; }
    public Dictionary<string, string?>? Values { get; set; }
}
