using System.Globalization;

namespace Guide.Sandbox.Api.Json;

/// <summary>Integer ids as they arrive in paths and query strings: <c>95</c>, or <c>95.0</c> (H09).</summary>
internal static class Ids
{
    public static bool TryParseInt(string? text, out int id)
    {
        id = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
            return false;
        id = (int)number;
        return true;
    }

    /// <summary>The id of a path segment; 400 when it is not one.</summary>
    public static int Path(string text) =>
        TryParseInt(text, out var id) ? id : throw ApiProblem.BadRequest($"'{text}' is not an id.");
}
