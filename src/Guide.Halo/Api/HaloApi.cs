using Guide.Core.Automation;
using Guide.Halo.Http;
using Guide.Halo.Json;

namespace Guide.Halo.Api;

/// <summary>The HaloPSA calls Guide makes, typed. One instance per set of credentials.</summary>
internal sealed partial class HaloApi(HaloConnection connection)
{
    private static readonly KeyValuePair<string, string>[] FirstPage =
        [new("pageinate", "true"), new("page_size", "1"), new("page_no", "1")];

    public HaloConnection Connection => connection;

    /// <summary>GET /api/authinfo, which needs no token: the Authorisation Server and tenant of an instance.</summary>
    public async Task<HaloResult<HaloAuthInfo>> AuthInfoAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("authinfo", [], cancellationToken, authenticated: false).ConfigureAwait(false);
        if (!reply.Ok)
            return HaloResult<HaloAuthInfo>.Failed(reply.Problem!);
        if (reply.Json is not System.Text.Json.Nodes.JsonObject json)
            return HaloResult<HaloAuthInfo>.Failed(Problems.Unreadable("GET /api/authinfo", reply.Status, 0));
        return HaloResult<HaloAuthInfo>.Of(new HaloAuthInfo(
            JsonRead.String(JsonRead.Find(json, "auth_url")),
            JsonRead.String(JsonRead.Find(json, "tenant_id")) is { Length: > 0 } tenant ? tenant : null));
    }

    /// <summary>GET /api/Agent/me: the agent the token logs in as.</summary>
    public async Task<HaloResult<HaloAgent>> MeAsync(CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Agent/me", [], cancellationToken).ConfigureAwait(false);
        return reply.Ok && reply.Json is System.Text.Json.Nodes.JsonObject json && EntityReaders.Agent(json) is { } agent
            ? HaloResult<HaloAgent>.Of(agent)
            : HaloResult<HaloAgent>.Failed(reply.Problem ?? Problems.Unreadable("GET /api/Agent/me", reply.Status, 0));
    }

    /// <summary>How many records one page of a list says there are (tickets, clients).</summary>
    public async Task<HaloResult<int>> CountAsync(string entity, string wrapperKey, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync(entity, FirstPage, cancellationToken).ConfigureAwait(false);
        if (!reply.Ok)
            return HaloResult<int>.Failed(reply.Problem!);
        return JsonRead.Count(reply.Json, wrapperKey) is { } count
            ? HaloResult<int>.Of(count)
            : HaloResult<int>.Failed(Problems.Unreadable($"GET /api/{entity}", reply.Status, 0));
    }

    private static HaloResult<IReadOnlyList<T>> List<T>(HaloReply reply, string wrapperKey, Func<System.Text.Json.Nodes.JsonObject, T?> read, string name)
        where T : class
    {
        if (!reply.Ok)
            return HaloResult<IReadOnlyList<T>>.Failed(reply.Problem!);
        return JsonRead.Items(reply.Json, wrapperKey) is { } items
            ? HaloResult<IReadOnlyList<T>>.Of([.. items.Select(read).OfType<T>()])
            : HaloResult<IReadOnlyList<T>>.Failed(Problems.Unreadable(name, reply.Status, 0));
    }

    private static Problem Unreadable(string name, HaloReply reply) => reply.Problem ?? Problems.Unreadable(name, reply.Status, 0);
}
