namespace Guide.Testing.Contract;

/// <summary>Matches a request path against an OpenAPI path template, case-insensitively.</summary>
internal static class PathTemplate
{
    /// <summary>-1 when it does not match; otherwise the number of literal segments matched.</summary>
    public static int Match(string template, string path)
    {
        var wanted = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var given = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length != given.Length)
            return -1;
        var literals = 0;
        for (var i = 0; i < wanted.Length; i++)
        {
            if (wanted[i].StartsWith('{') && wanted[i].EndsWith('}'))
                continue;
            if (!string.Equals(wanted[i], Uri.UnescapeDataString(given[i]), StringComparison.OrdinalIgnoreCase))
                return -1;
            literals++;
        }
        return literals;
    }
}
