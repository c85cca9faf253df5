using System.Text.Json;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary>
/// <c>/api/Client</c> (customers): list (wrapper <c>clients</c>), read, create/update. An agent in
/// no team sees none (<see cref="Visibility.CanSeeClients"/>) [I].
/// </summary>
internal static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Client", List).WithMetadata(AccessRule.ReadCustomers);
        api.MapPost("/Client", Post).WithMetadata(AccessRule.EditCustomers);
        api.MapGet("/Client/{id}", Get).WithMetadata(AccessRule.ReadCustomers);
    }

    private static IResult List(HttpContext context, SandboxStore store, HaloJson json)
    {
        var request = context.Request;
        var search = QueryValues.Text(request, "search");
        var inactive = QueryValues.Flag(request, "includeinactive");
        var clients = Visibility.CanSeeClients(Caller.Of(context).Agent)
            ? store.Clients
                .Where(c => inactive || !c.Inactive)
                .Where(c => search is null || c.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToArray()
            : [];
        return HaloJson.Write(Paging.Wrap(request, "clients", clients, c => ClientJson.Write(json, c)));
    }

    private static IResult Get(string id, HttpContext context, SandboxStore store, HaloJson json)
    {
        var client = store.FindClient(Ids.Path(id));
        if (client is null || !Visibility.CanSeeClients(Caller.Of(context).Agent))
            throw ApiProblem.NotFound($"Client {id}");
        return HaloJson.Write(ClientJson.Write(json, client));
    }

    private static async Task<IResult> Post(HttpContext context, SandboxStore store, HaloJson json)
    {
        if (!Visibility.CanSeeClients(Caller.Of(context).Agent))
            throw ApiProblem.Forbidden("The agent has no access to customers.");
        var items = await RequestItems.ReadAsync(context.Request);
        var drafts = items.Select(item => Draft(item, store)).ToArray();
        return HaloJson.Posted(drafts.Select(store.Save).Select(c => ClientJson.Write(json, c)).ToArray());
    }

    private static SandboxClient Draft(JsonElement item, SandboxStore store)
    {
        var client = JsonFields.Int(item, "id") is int id and > 0
            ? store.FindClient(id) ?? throw ApiProblem.NotFound($"Client {id}")
            : new SandboxClient { Name = JsonFields.Required(item, "name") };
        return client with
        {
            Name = JsonFields.Has(item, "name") ? JsonFields.Required(item, "name") : client.Name,
            Inactive = JsonFields.Bool(item, "inactive") ?? client.Inactive,
        };
    }
}
