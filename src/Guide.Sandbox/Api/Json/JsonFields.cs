using System.Text.Json;

namespace Guide.Sandbox.Api.Json;

/// <summary>
/// Reads fields of a request item the way Halo's (case-insensitive, lenient) binder does: names in
/// any case, ids as <c>95</c>, <c>95.0</c> or <c>"95"</c>, unknown fields ignored.
/// </summary>
internal static class JsonFields
{
    public static bool TryGet(JsonElement item, string name, out JsonElement value)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static bool Has(JsonElement item, string name) => TryGet(item, name, out _);

    public static int? Int(JsonElement item, string name)
    {
        if (!TryGet(item, name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        if (value.ValueKind == JsonValueKind.String && Ids.TryParseInt(value.GetString(), out var parsed))
            return parsed;
        throw ApiProblem.BadRequest($"'{name}' must be a whole number.");
    }

    public static string? String(JsonElement item, string name)
    {
        if (!TryGet(item, name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw ApiProblem.BadRequest($"'{name}' must be a string."),
        };
    }

    public static bool? Bool(JsonElement item, string name)
    {
        if (!TryGet(item, name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => throw ApiProblem.BadRequest($"'{name}' must be true or false."),
        };
    }

    /// <summary>The objects of an array field; null when the field is absent.</summary>
    public static IReadOnlyList<JsonElement>? Objects(JsonElement item, string name)
    {
        if (!TryGet(item, name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
            throw ApiProblem.BadRequest($"'{name}' must be an array of objects.");
        return value.EnumerateArray().ToArray();
    }

    /// <summary>A required text field, trimmed; 400 when it is missing or blank.</summary>
    public static string Required(JsonElement item, string name) =>
        String(item, name)?.Trim() is { Length: > 0 } text
            ? text
            : throw ApiProblem.BadRequest($"'{name}' is required.");
}
