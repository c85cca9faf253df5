using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api.Json;

/// <summary>
/// Writes answers in Halo's shape: snake_case names (written out per entity, so each name is
/// exactly Halo's, <c>displayName</c> and <c>clientId</c> included), and integer ids as <c>95</c>,
/// or as <c>95.0</c> when the H09 quirk is switched on.
/// </summary>
internal sealed class HaloJson(bool decimalIds)
{
    public JsonNode? Id(int? id) =>
        id is not int value ? null
        : decimalIds ? JsonValue.Create(value + 0.0m)
        : JsonValue.Create(value);

    public static JsonNode? Date(DateTimeOffset? date) =>
        date is { } d ? JsonValue.Create(d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)) : null;

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    /// <summary>A POST's answer: the single object for a one-item body, else the array (halopsa-api.md §3).</summary>
    public static IResult Posted(IReadOnlyList<JsonObject> items) =>
        Write(items.Count == 1 ? items[0] : Array(items));

    public static IResult Write(JsonNode node) =>
        Results.Text(node.ToJsonString(), "application/json; charset=utf-8");
}
