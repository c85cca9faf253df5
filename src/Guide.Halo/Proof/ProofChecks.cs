using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Halo.Api;
using Guide.Halo.Http;

namespace Guide.Halo.Proof;

/// <summary>The checks of the proof, one method each.</summary>
internal static class ProofChecks
{
    public static async Task<ProofCheckResult> AuthInfoAsync(HaloApi api, HaloTarget target, CancellationToken cancellationToken)
    {
        var info = await api.AuthInfoAsync(cancellationToken).ConfigureAwait(false);
        if (!info.Ok)
            return Warn(ProofCheckNames.AuthInfo, $"could not confirm the servers from GET /api/authinfo: {info.Problem}");
        var (authUrl, tenant) = (info.Value!.AuthUrl, info.Value.TenantId);
        if (authUrl is not null && !SameUrl(authUrl, target.AuthorisationServer))
            return Fail(ProofCheckNames.AuthInfo, $"HaloPSA names the Authorisation Server {SafeText.From(authUrl, null)}, but {target.AuthorisationServer} was recorded: record HaloPSA's.");
        if (tenant is not null && !string.Equals(tenant, target.Tenant, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(ProofCheckNames.AuthInfo, string.IsNullOrEmpty(target.Tenant)
                ? $"this is a hosted instance with tenant {SafeText.From(tenant, null)}, but no Tenant was recorded: record it."
                : $"HaloPSA names the tenant {SafeText.From(tenant, null)}, but {target.Tenant} was recorded: record HaloPSA's.");
        }
        return Pass(ProofCheckNames.AuthInfo, $"Authorisation Server {authUrl ?? target.AuthorisationServer}, tenant {tenant ?? "(none: self-hosted)"}");
    }

    /// <summary>The token check, and the scopes check once there is a token (case H04).</summary>
    public static async Task<IReadOnlyList<ProofCheckResult>> TokenAsync(HaloConnection connection, ProofRequest request, CancellationToken cancellationToken)
    {
        var (_, problem) = await connection.Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        if (problem is not null)
            return [Fail(ProofCheckNames.Token, problem.ToString())];
        var token = Pass(ProofCheckNames.Token, $"granted by {request.Target.TokenUrl} for client {request.Credentials.ClientId}");
        var granted = connection.Tokens.Granted ?? [];
        if (!connection.Tokens.ScopeStated)
            return [token, Warn(ProofCheckNames.Scopes, "HaloPSA did not say which permissions it granted; the calls below show whether they work.")];
        var missing = request.Scopes.Where(s => !granted.Contains(s) && !granted.Contains("all")).ToList();
        return missing.Count == 0
            ? [token, Pass(ProofCheckNames.Scopes, $"granted {string.Join(' ', granted)}")]
            : [token, Warn(ProofCheckNames.Scopes, $"missing {string.Join(", ", missing)} (granted: {string.Join(' ', granted)}); tick it on the application's Permissions tab.")];
    }

    public static async Task<ProofCheckResult> AgentAsync(HaloApi api, string? expected, CancellationToken cancellationToken)
    {
        var me = await api.MeAsync(cancellationToken).ConfigureAwait(false);
        if (!me.Ok)
            return Fail(ProofCheckNames.AgentMe, me.Problem!.ToString());
        var name = SafeText.From(me.Value!.Name, null);
        if (expected is not null && !string.Equals(me.Value.Name.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase))
            return Fail(ProofCheckNames.AgentMe, $"the application logs in as {name}, not {expected}: set Agent to log in as on the application.");
        var teams = me.Value.Teams.Count == 0 ? "" : $", teams {string.Join(", ", me.Value.Teams.Select(t => SafeText.From(t.Name, null)))}";
        return Pass(ProofCheckNames.AgentMe, $"logs in as {name} (id {me.Value.Id}{(me.Value.IsApiAgent ? ", API-only" : "")}{teams})");
    }

    /// <summary>One page of tickets or customers: seeing none is a warning (case H06), not a pass.</summary>
    public static async Task<ProofCheckResult> VisibleAsync(HaloApi api, string check, string entity, string wrapperKey, string whyNone, CancellationToken cancellationToken)
    {
        var count = await api.CountAsync(entity, wrapperKey, cancellationToken).ConfigureAwait(false);
        if (!count.Ok)
            return Fail(check, count.Problem!.ToString());
        return count.Value == 0
            ? Warn(check, $"GET /api/{entity} answered, but with no {wrapperKey}: {whyNone}.")
            : Pass(check, $"{count.Value} {wrapperKey} visible");
    }

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('/'), b.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static ProofCheckResult Pass(string name, string detail) => new(name, CheckStatus.Pass, detail);

    private static ProofCheckResult Warn(string name, string detail) => new(name, CheckStatus.Warn, detail);

    private static ProofCheckResult Fail(string name, string detail) => new(name, CheckStatus.Fail, detail);
}
