namespace Guide.Sandbox;

/// <summary>POSIX shell quoting: the value inside single quotes, each quote in it spelled <c>'\''</c>.</summary>
internal static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
