using System.Net.Http.Headers;
using System.Text;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Auth;

/// <summary>
/// <c>POST /auth/token</c>: OAuth2 client credentials (RFC 6749 §4.4), form-encoded, outside Halo's
/// OpenAPI document. The tenant comes only from the query string; granted scopes are the
/// requested ones the application holds, so a token can lack a scope asked for (H04).
/// </summary>
internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) => routes.MapPost("/auth/token", Token);

    private static async Task<IResult> Token(HttpContext context, Tenancy tenancy, SandboxStore store, TokenIssuer issuer)
    {
        var request = context.Request;
        if (tenancy.Refusal(request.Query["tenant"].Select(t => t ?? "").ToArray()) is { } refusal)
            return OAuthError.InvalidRequest(refusal);
        if (!request.HasFormContentType)
            return OAuthError.InvalidRequest("The token request must be form-encoded (application/x-www-form-urlencoded).");
        var form = await request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
            return OAuthError.UnsupportedGrantType("Only grant_type=client_credentials is supported.");

        var (clientId, secret) = ClientCredentials(request, form);
        var application = clientId is null ? null : store.FindApplicationByClientId(clientId);
        if (application is null || secret is null || application.Inactive || !store.SecretMatches(application.Id, secret))
            return OAuthError.InvalidClient();

        // No scope at all still gets a token, with no scopes: every API call with it then fails
        // (halopsa-api.md §1) [R].
        var requested = (form["scope"].ToString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unknown = requested.Where(s => !HaloScopes.Known.Contains(s)).ToArray();
        if (unknown.Length > 0)
            return OAuthError.InvalidScope($"Unknown scope: {string.Join(' ', unknown)}");
        var granted = requested.Distinct(StringComparer.Ordinal).Where(s => HaloScopes.Grants(application.Scopes, s)).ToArray();

        var token = issuer.Issue(application, granted);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        var answer = new TokenAnswer(token.Value, "Bearer", (int)issuer.Lifetime.TotalSeconds, string.Join(' ', granted));
        return Results.Json(answer, AuthJsonContext.Default.TokenAnswer);
    }

    /// <summary>From the form (client_secret_post), else from HTTP Basic, which RFC 6749 §2.3.1 also allows.</summary>
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        string? id = form["client_id"];
        string? secret = form["client_secret"];
        if (!string.IsNullOrEmpty(id))
            return (id, secret);
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return (null, null);
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
            return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
