namespace Guide.Halo.Http;

/// <summary>Scope names HaloPSA knows (halopsa-api.md section 1); others are refused with invalid_scope.</summary>
internal static class HaloScopes
{
    private static readonly string[] Areas =
    [
        "tickets", "calendar", "customers", "crm", "timesheets", "contracts", "suppliers", "items", "projects", "sales",
        "quotes", "sos", "pos", "invoices", "reporting", "software", "softwarelicensing", "kb", "assets",
    ];

    private static readonly HashSet<string> Known =
        [.. Areas.SelectMany(a => new[] { "read:" + a, "edit:" + a }), "all", "all:standard", "admin", "editMine:timesheets"];

    public static bool IsKnown(string scope) => Known.Contains(scope);
}
