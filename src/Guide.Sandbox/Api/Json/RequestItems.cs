using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api.Json;

/// <summary>
/// The items of a create/update body. Halo's POSTs take a JSON array of entities; a single
/// object is accepted as a one-item array [I], as lenient as Halo is elsewhere.
/// </summary>
internal static class RequestItems
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var root = document.RootElement;
        var items = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToArray(),
            JsonValueKind.Object => [root],
            _ => throw ApiProblem.BadRequest("The body must be a JSON array of objects."),
        };
        if (items.Length == 0 || items.Any(i => i.ValueKind != JsonValueKind.Object))
            throw ApiProblem.BadRequest("The body must be a JSON array of objects.");
        return items.Select(i => i.Clone()).ToArray();
    }
}
