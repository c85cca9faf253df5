using System.Text.Json.Nodes;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary>
/// <c>GET /api/authinfo</c>: discovery, no token needed [V]. Names the Authorisation Server and,
/// on a hosted instance, the tenant; a self-hosted one gives no <c>tenant_id</c> [I].
/// </summary>
internal static class AuthInfoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/authinfo", Get);

    private static IResult Get(HttpRequest request, Tenancy tenancy)
    {
        var result = new JsonObject { ["auth_url"] = $"{request.Scheme}://{request.Host}/auth" };
        if (tenancy.Hosted)
            result["tenant_id"] = tenancy.Tenant;
        return HaloJson.Write(result);
    }
}
