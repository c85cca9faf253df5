using System.Text.Json;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary><c>/api/Roles</c>: list (bare array) and create/update; role ids are strings.</summary>
internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Roles", List).WithMetadata(AccessRule.Admin);
        api.MapPost("/Roles", Post).WithMetadata(AccessRule.Admin);
    }

    private static IResult List(SandboxStore store) =>
        HaloJson.Write(HaloJson.Array(store.Roles.Select(RoleJson.Write)));

    private static async Task<IResult> Post(HttpRequest request, SandboxStore store)
    {
        var items = await RequestItems.ReadAsync(request);
        var drafts = items.Select(item => Draft(item, store)).ToArray();
        return HaloJson.Posted(drafts.Select(store.Save).Select(RoleJson.Write).ToArray());
    }

    private static SandboxRole Draft(JsonElement item, SandboxStore store)
    {
        var role = JsonFields.String(item, "id") is { Length: > 0 } id
            ? store.FindRole(id) ?? throw ApiProblem.NotFound($"Role {id}")
            : new SandboxRole { Name = JsonFields.Required(item, "name") };
        return role with
        {
            Name = JsonFields.Has(item, "name") ? JsonFields.Required(item, "name") : role.Name,
            IsIntegration = JsonFields.Bool(item, "is_integration") ?? role.IsIntegration,
            Claims = JsonFields.Objects(item, "claims")?
                .Select(c => new SandboxClaim(JsonFields.String(c, "type") ?? "", JsonFields.String(c, "value") ?? ""))
                .ToArray() ?? role.Claims,
        };
    }
}
