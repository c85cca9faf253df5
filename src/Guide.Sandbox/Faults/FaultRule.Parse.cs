using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Guide.Sandbox.Faults;

public sealed partial record FaultRule
{
    private static readonly string[] HttpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>Reads a rule in the <c>--fault</c> syntax (see <see cref="FaultRule"/>).</summary>
    /// <exception cref="FormatException">The text is not a fault rule; the message says why.</exception>
    public static FaultRule Parse(string text) =>
        TryParse(text, out var rule, out var error) ? rule : throw new FormatException(error);

    /// <summary>Reads a rule in the <c>--fault</c> syntax; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out string? error)
    {
        rule = null;
        var parts = text.Trim().Split(':');
        var head = parts[0].Split('=', 2);
        if (FaultNames.KindOf(head[0]) is not { } kind)
        {
            error = $"unknown fault '{head[0]}'; known: {string.Join(", ", FaultSwitch.Names)}";
            return false;
        }
        var result = For(kind);
        if (head.Length == 2)
        {
            if (!FaultNames.TakesSeconds(kind))
                return Fail($"fault '{head[0]}' takes no =SECONDS", out error);
            if (!int.TryParse(head[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return Fail($"'{head[1]}' is not a number of seconds", out error);
            result = result with { Seconds = TimeSpan.FromSeconds(seconds) };
        }
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith('/'))
                result = result with { PathPrefix = part };
            else if (part == "*")
                result = result with { Count = null };
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
                result = result with { Count = count };
            else if (HttpMethods.Contains(part.ToUpperInvariant()))
                result = result with { Method = part.ToUpperInvariant() };
            else
                return Fail($"'{part}' is neither a method, a path starting with '/', nor a count", out error);
        }
        rule = result;
        error = null;
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
