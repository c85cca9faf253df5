using System.Net;
using System.Text.Encodings.Web;

namespace Guide.Core.Values;

/// <summary>
/// Hides a secret in text that may carry it in any of the forms it travels in: as typed,
/// percent-encoded as in a form body or query (either hex case, space as + or %20), JSON- or
/// HTML-escaped. A server that echoes the request it got must not get the secret into a message.
/// </summary>
public static class SecretText
{
    public static string Hide(string text, string? secret, string replacement)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(text))
            return text;
        foreach (var form in Forms(secret))
            text = text.Replace(form, replacement, StringComparison.OrdinalIgnoreCase);
        return text;
    }

    /// <summary>Every form, longest first, so that no form is left half-replaced by a shorter one.</summary>
    private static IEnumerable<string> Forms(string secret) =>
        new[]
        {
            secret,
            Uri.EscapeDataString(secret),
            WebUtility.UrlEncode(secret),
            JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(secret),
            JavaScriptEncoder.Default.Encode(secret),
            WebUtility.HtmlEncode(secret),
        }.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Length);
}
