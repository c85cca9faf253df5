using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api.Json;

/// <summary>Query parameters as Halo reads them: names in any case, flags as <c>true</c>/<c>1</c>.</summary>
internal static class QueryValues
{
    public static bool Flag(HttpRequest request, string name) =>
        request.Query[name].ToString() is var text && (bool.TryParse(text, out var on) ? on : text == "1");

    /// <summary>The integer value; null when absent; 400 when not a number.</summary>
    public static int? Int(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
            return null;
        return Ids.TryParseInt(text, out var value) ? value : throw ApiProblem.BadRequest($"'{name}' must be a whole number.");
    }

    public static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } text ? text : null;
}
