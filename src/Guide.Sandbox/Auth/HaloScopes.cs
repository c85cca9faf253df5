namespace Guide.Sandbox.Auth;

/// <summary>The scope names Halo's token endpoint knows (halopsa-api.md §1) [V].</summary>
internal static class HaloScopes
{
    public const string All = "all";
    public const string Admin = "admin";

    private static readonly string[] Areas =
    [
        "tickets", "calendar", "customers", "crm", "timesheets", "contracts", "suppliers", "items",
        "projects", "sales", "quotes", "sos", "pos", "invoices", "reporting", "software",
        "softwarelicensing", "kb", "assets",
    ];

    /// <summary>Every known name; scope names are compared exactly, as OAuth2 says.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(
        new[] { All, "all:standard", Admin, "editMine:timesheets" }
            .Concat(Areas.Select(a => "read:" + a))
            .Concat(Areas.Select(a => "edit:" + a)),
        StringComparer.Ordinal);

    /// <summary>
    /// Whether an application holding <paramref name="allowed"/> may be granted <paramref name="scope"/>:
    /// it holds it, or it holds <c>all</c>, which covers every scope [I].
    /// </summary>
    public static bool Grants(IReadOnlyList<string> allowed, string scope) =>
        allowed.Contains(scope, StringComparer.Ordinal) || allowed.Contains(All, StringComparer.Ordinal);
}
