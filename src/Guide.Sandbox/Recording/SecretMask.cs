using System.Text.RegularExpressions;

namespace Guide.Sandbox.Recording;

/// <summary>Masks client secrets in recorded bodies, so a failing test cannot print one.</summary>
internal static partial class SecretMask
{
    public const string Mask = "[redacted]";

    public static string? Apply(string? text) =>
        text is null ? null : JsonSecret().Replace(FormSecret().Replace(text, "$1" + Mask), "$1\"" + Mask + "\"");

    [GeneratedRegex(@"((?:^|&)client_secret=)[^&]*", RegexOptions.IgnoreCase)]
    private static partial Regex FormSecret();

    [GeneratedRegex(@"(""(?:clientSecret|client_secret)""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecret();
}
