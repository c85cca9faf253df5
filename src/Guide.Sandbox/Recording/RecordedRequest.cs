namespace Guide.Sandbox.Recording;

/// <summary>
/// One request the simulator received and what it answered, for contract tests. Client secrets
/// are masked in both bodies (form field <c>client_secret</c>, JSON property <c>clientSecret</c>);
/// headers are not kept at all, so no token or Basic credential ends up here.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent (its case kept).</param>
/// <param name="Query">Every query parameter, decoded, in order; a name may repeat.</param>
/// <param name="Body">The request body as text; null when there was none.</param>
/// <param name="Status">The status the simulator answered (or meant to, when a fault dropped the answer).</param>
/// <param name="ContentType">The answer's content type; null when it had none.</param>
/// <param name="ResponseBody">The answer's body as sent (cut by <c>malformed-json</c>; never sent after <c>lost-create</c>); null when empty.</param>
/// <param name="Fault">The name of the fault injected into this request; null when none.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? Body,
    int Status,
    string? ContentType,
    string? ResponseBody,
    string? Fault)
{
    /// <summary>The distinct query parameter names, case kept (the contract compares them exactly).</summary>
    public IEnumerable<string> QueryNames => Query.Select(q => q.Key).Distinct(StringComparer.Ordinal);

    /// <summary>The first value of a query parameter (name compared case-insensitively); null when absent.</summary>
    public string? QueryValue(string name) =>
        Query.Where(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Select(q => q.Value).FirstOrDefault();

    /// <summary>One line: method, path and query, status, fault. No bodies.</summary>
    public override string ToString()
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(q => $"{q.Key}={q.Value}"));
        var fault = Fault is null ? "" : $" [{Fault}]";
        return $"{Method} {Path}{query} -> {Status}{fault}";
    }
}
