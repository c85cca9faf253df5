using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>A role as Halo's schema <c>NHD_Roles</c> names its fields (string ids).</summary>
internal static class RoleJson
{
    public static JsonObject Write(SandboxRole role) => new()
    {
        ["id"] = role.Id,
        ["name"] = role.Name,
        ["is_integration"] = role.IsIntegration,
        ["claims"] = HaloJson.Array(role.Claims.Select(Claim)),
    };

    /// <summary>A claim as <c>NHD_Claim</c>.</summary>
    public static JsonObject Claim(SandboxClaim claim) => new() { ["type"] = claim.Type, ["value"] = claim.Value };
}
