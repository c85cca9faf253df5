using System.Collections.Immutable;
using System.Text.Json;
using Guide.Core.Runs.Json;

namespace Guide.Core.Runs;

/// <summary>
/// Reads and writes the run state file (schema in content/README.md). Anything it cannot read
/// with certainty is refused with a <see cref="StateFileException"/>, never half-read.
/// </summary>
public static class RunStateJson
{
    public static string Serialize(RunState state)
    {
        var dto = new StateFileDto
        {
            Schema = RunState.SchemaVersion,
            Guide = new GuideRefDto { Id = state.GuideId, Version = state.GuideVersion },
            Mode = state.Mode.ToString().ToLowerInvariant(),
            Created = state.Created,
            Updated = state.Updated,
            Values = state.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(),
            Items = state.Items.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => ToDto(p.Value)),
            Checks = [.. state.Checks.Select(c => new CheckDto { Name = c.Name, Status = c.Status.ToString().ToLowerInvariant(), Detail = c.Detail })],
            Facts = state.Facts.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(),
            HttpRequests = state.HttpRequests,
            Notes = [.. state.Notes],
            Undo = [.. state.Undo.Select(u => new UndoDto
            {
                Description = u.Description,
                Items = u.Items.ToDictionary(p => p.Key, p => p.Value is null ? null : ToDto(p.Value)),
                Values = u.Values.ToDictionary(),
            })],
        };
        return JsonSerializer.Serialize(dto, StateJsonContext.Default.StateFileDto) + "\n";
    }

    /// <exception cref="StateFileException">The text is not a state file this version can read.</exception>
    public static RunState Deserialize(string json)
    {
        int schema;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("schema", out var schemaElement)
                || schemaElement.ValueKind != JsonValueKind.Number
                || !schemaElement.TryGetInt32(out schema))
            {
                throw Corrupt("it has no schema version");
            }
        }
        catch (JsonException ex)
        {
            throw Corrupt($"it is not valid JSON ({Where(ex)})", ex);
        }

        if (schema > RunState.SchemaVersion)
        {
            throw new StateFileException(StateFileProblem.Newer,
                $"it was written by a newer Guide (schema {schema}; this one reads up to {RunState.SchemaVersion}); use that Guide");
        }
        if (schema < 1)
            throw Corrupt($"its schema version {schema} is not one Guide ever wrote");

        StateFileDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, StateJsonContext.Default.StateFileDto) ?? throw Corrupt("it is empty");
        }
        catch (JsonException ex)
        {
            throw Corrupt($"a field has the wrong type ({Where(ex)})", ex);
        }
        return FromDto(dto);
    }

    private static RunState FromDto(StateFileDto dto)
    {
        if (dto.Guide?.Id is not { Length: > 0 } guideId)
            throw Corrupt("it does not say which guide it belongs to");
        if (!Enum.TryParse<RunMode>(dto.Mode, ignoreCase: true, out var mode) || int.TryParse(dto.Mode, out _))
            throw Corrupt($"its mode '{dto.Mode}' is unknown");

        var items = (dto.Items ?? []).ToImmutableDictionary(p => p.Key, p => FromDto(p.Value, $"item '{p.Key}'"));
        var checks = (dto.Checks ?? []).Select(c =>
            Enum.TryParse<CheckStatus>(c.Status, ignoreCase: true, out var status) && c.Name is not null && !int.TryParse(c.Status, out _)
                ? new ProofCheckResult(c.Name, status, c.Detail ?? "")
                : throw Corrupt($"proof check '{c.Name}' has an unknown status '{c.Status}'"));
        var undo = (dto.Undo ?? []).Select(u => new UndoEntry(
            u.Description ?? "",
            (u.Items ?? []).ToImmutableDictionary(p => p.Key, p => p.Value is null ? null : FromDto(p.Value, $"undo of '{p.Key}'")),
            (u.Values ?? []).ToImmutableDictionary()));

        return new RunState(
            guideId,
            dto.Guide.Version ?? "",
            mode,
            dto.Created,
            dto.Updated,
            items,
            (dto.Values ?? []).Where(p => p.Value is not null).ToImmutableDictionary(),
            [.. undo],
            [.. dto.Notes ?? []],
            [.. checks],
            (dto.Facts ?? []).Where(p => p.Value is not null).ToImmutableDictionary(),
            dto.HttpRequests);
    }

    private static ItemState FromDto(ItemDto? dto, string what)
    {
        if (dto is null || ItemStatusText.FromToken(dto.Status) is not { } status)
            throw Corrupt($"{what} has an unknown status '{dto?.Status}'");
        return new ItemState(status, dto.By, dto.At, dto.Reason, dto.Detail);
    }

    private static ItemDto ToDto(ItemState state) => new()
    {
        Status = ItemStatusText.Token(state.Status),
        By = state.By,
        At = state.At,
        Reason = state.Reason,
        Detail = state.Detail,
    };

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $"line {line + 1}" : "near the start";

    private static StateFileException Corrupt(string why, Exception? inner = null) =>
        new(StateFileProblem.Corrupt, why, inner);
}
