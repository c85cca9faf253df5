using System.Text.Json;
using System.Text.Json.Nodes;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary>
/// <c>/api/Application</c>: list (bare array), read, create/update, delete (string ids). A
/// create answers with the new <c>clientSecret</c>; nothing else ever shows it again [I].
/// </summary>
internal static class ApplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Application", List).WithMetadata(AccessRule.Admin);
        api.MapPost("/Application", Post).WithMetadata(AccessRule.Admin);
        api.MapGet("/Application/{id}", Get).WithMetadata(AccessRule.Admin);
        api.MapDelete("/Application/{id}", Delete).WithMetadata(AccessRule.Admin);
    }

    private static IResult List(SandboxStore store, HaloJson json) =>
        HaloJson.Write(HaloJson.Array(store.Applications.Select(a => ApplicationJson.Write(json, store, a, secret: null))));

    private static IResult Get(string id, SandboxStore store, HaloJson json)
    {
        var application = store.FindApplication(id) ?? throw ApiProblem.NotFound($"Application {id}");
        return HaloJson.Write(ApplicationJson.Write(json, store, application, secret: null));
    }

    private static IResult Delete(string id, SandboxStore store) =>
        store.DeleteApplication(id) ? Results.Ok() : throw ApiProblem.NotFound($"Application {id}");

    private static async Task<IResult> Post(HttpRequest request, SandboxStore store, HaloJson json)
    {
        var items = await RequestItems.ReadAsync(request);
        var forgetful = Faults.DroppedFields.Armed(request.HttpContext);
        var drafts = items.Select(item => Draft(item, store, forgetful)).ToArray();
        var answers = new List<JsonObject>();
        foreach (var draft in drafts)
        {
            var (saved, secret) = Keep(store, draft);
            answers.Add(ApplicationJson.Write(json, store, saved, secret));
        }
        return HaloJson.Posted(answers);
    }

    /// <summary>Updates, or creates and returns the new secret. Halo generates the client id and secret: one given is ignored [I].</summary>
    private static (SandboxApplication Saved, string? Secret) Keep(SandboxStore store, SandboxApplication draft)
    {
        if (draft.Id.Length > 0)
            return (store.Save(draft), null);
        var created = store.Create(draft with { ClientId = "" });
        return (created.Application, created.ClientSecret);
    }

    private static SandboxApplication Draft(JsonElement item, SandboxStore store, bool forgetful)
    {
        var application = JsonFields.String(item, "id") is { Length: > 0 } id
            ? store.FindApplication(id) ?? throw ApiProblem.NotFound($"Application {id}")
            : new SandboxApplication { DisplayName = JsonFields.Required(item, "displayName") };
        var agentId = JsonFields.Int(item, "loginas_agent_id");
        if (agentId is int agent && store.FindAgent(agent) is null)
            throw ApiProblem.BadRequest($"No agent has id {agent}.");
        return application with
        {
            DisplayName = JsonFields.Has(item, "displayName") ? JsonFields.Required(item, "displayName") : application.DisplayName,
            LoginAsAgentId = agentId ?? application.LoginAsAgentId,
            Inactive = JsonFields.Bool(item, "inactive") ?? application.Inactive,
            Scopes = forgetful
                ? application.Scopes
                : JsonFields.Objects(item, "scopes")?.Select(ScopeName).Distinct(StringComparer.Ordinal).ToArray() ?? application.Scopes,
        };
    }

    private static string ScopeName(JsonElement scope)
    {
        var name = JsonFields.String(scope, "name") ?? throw ApiProblem.BadRequest("Each of 'scopes' needs a 'name'.");
        return HaloScopes.Known.Contains(name) ? name : throw ApiProblem.BadRequest($"Unknown scope '{name}'.");
    }
}
