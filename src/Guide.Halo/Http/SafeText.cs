using Guide.Core.Values;

namespace Guide.Halo.Http;

/// <summary>
/// Text that came from a server, made fit for a message: the secret removed should a server echo
/// it, escape sequences neutralised, and cut to a readable length.
/// </summary>
internal static class SafeText
{
    public static string From(string? text, string? secret, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var safe = text.Trim();
        safe = SecretText.Hide(safe, secret, "(hidden)");
        safe = TextSafety.Neutralise(safe.ReplaceLineEndings(" "));
        return safe.Length > max ? safe[..max] + "..." : safe;
    }
}
