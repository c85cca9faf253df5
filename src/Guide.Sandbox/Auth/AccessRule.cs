namespace Guide.Sandbox.Auth;

/// <summary>
/// What a token must hold to call an endpoint, attached to the endpoint as metadata. These are
/// guesses [I] (halopsa-api.md §4): no named scope covers Agent, Team, Roles or Application, so
/// admin tooling asks for <c>all</c> or <c>admin</c>; tickets and customers follow their scope
/// names, an <c>edit:</c> scope implying its <c>read:</c>; <c>all</c> covers everything.
/// </summary>
internal sealed record AccessRule(string Describe, IReadOnlyList<string> AnyOf, bool AdminAgent)
{
    /// <summary>Agent, Team, Roles, Application [I]; the login-as agent must also be an administrator [I].</summary>
    public static readonly AccessRule Admin = new("all or admin", [HaloScopes.All, HaloScopes.Admin], AdminAgent: true);

    public static readonly AccessRule ReadTickets = new("read:tickets", [HaloScopes.All, "read:tickets", "edit:tickets"], false);

    public static readonly AccessRule EditTickets = new("edit:tickets", [HaloScopes.All, "edit:tickets"], false);

    public static readonly AccessRule ReadCustomers = new("read:customers", [HaloScopes.All, "read:customers", "edit:customers"], false);

    public static readonly AccessRule EditCustomers = new("edit:customers", [HaloScopes.All, "edit:customers"], false);

    /// <summary>
    /// <c>/api/Agent/me</c> describes the token's own agent and works with any valid token [I];
    /// "valid" here excludes a token with no scopes, with which every call fails [R].
    /// </summary>
    public static readonly AccessRule AnyScope = new("any scope", [], false);

    public bool Allows(IssuedToken token) =>
        AnyOf.Count == 0 ? token.Scopes.Count > 0 : AnyOf.Any(token.Has);
}
