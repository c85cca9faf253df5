using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Guide.Halo.Json;

/// <summary>
/// Reads Halo's JSON the tolerant way (case H09): ids as 95, 95.0 or "95"; lists as bare arrays
/// or as wrappers like {"record_count": N, "tickets": [...]}; unknown fields ignored.
/// </summary>
internal static class JsonRead
{
    public static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static int? Int(JsonNode? node)
    {
        if (node is not JsonValue value)
            return null;
        if (value.TryGetValue<long>(out var whole) && whole is >= int.MinValue and <= int.MaxValue)
            return (int)whole;
        if (value.TryGetValue<double>(out var real) && Math.Abs(real % 1) < 1e-9 && real is >= int.MinValue and <= int.MaxValue)
            return (int)real;
        if (value.TryGetValue<decimal>(out var exact) && exact % 1 == 0 && exact is >= int.MinValue and <= int.MaxValue)
            return (int)exact;
        if (value.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && parsed % 1 == 0 && parsed is >= int.MinValue and <= int.MaxValue)
        {
            return (int)parsed;
        }
        return null;
    }

    public static string? String(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when Int(value) is { } number => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static bool Bool(JsonNode? node) => node is JsonValue value && (
        (value.TryGetValue<bool>(out var flag) && flag)
        || (value.TryGetValue<string>(out var text) && string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        || Int(value) == 1);

    /// <summary>The items of a list answer, bare array or wrapper.</summary>
    public static IReadOnlyList<JsonObject>? Items(JsonNode? root, string wrapperKey) => root switch
    {
        JsonArray array => [.. array.OfType<JsonObject>()],
        JsonObject wrapper when Find(wrapper, wrapperKey) is JsonArray array => [.. array.OfType<JsonObject>()],
        _ => null,
    };

    /// <summary>A wrapper's record_count, else the number of items.</summary>
    public static int? Count(JsonNode? root, string wrapperKey) =>
        root is JsonObject wrapper && Int(Find(wrapper, "record_count")) is { } count ? count : Items(root, wrapperKey)?.Count;

    /// <summary>A property by name, ignoring case (Halo is mostly snake_case, with camelCase exceptions).</summary>
    public static JsonNode? Find(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
            return exact;
        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return null;
    }
}
