using System.Text.Json.Nodes;
using Guide.Sandbox.Api.Json;
using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Api;

/// <summary>
/// Halo's list paging (halopsa-api.md §3): <c>pageinate=true</c> (sic) with <c>page_size</c>
/// (capped at 100) and <c>page_no</c> (from 1); otherwise <c>count</c> caps the list. Both shapes
/// come back in the wrapper <c>{"record_count": N, "&lt;name&gt;": [...]}</c>, where
/// <c>record_count</c> counts every match, not just the page. (Unpaged tickets and clients come
/// back wrapped too, as Halo's do [V]; the bare-array lists are Agent, Team, Roles, Application.)
/// </summary>
internal static class Paging
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;

    public static JsonObject Wrap<T>(HttpRequest request, string name, IReadOnlyList<T> matches, Func<T, JsonNode> write)
    {
        IEnumerable<T> page = matches;
        var result = new JsonObject();
        if (QueryValues.Flag(request, "pageinate"))
        {
            var size = Math.Clamp(QueryValues.Int(request, "page_size") ?? DefaultPageSize, 1, MaxPageSize);
            var number = Math.Max(QueryValues.Int(request, "page_no") ?? 1, 1);
            page = matches.Skip((number - 1) * size).Take(size);
            result["page_no"] = number;
            result["page_size"] = size;
        }
        else if (QueryValues.Int(request, "count") is int count)
        {
            page = matches.Take(Math.Max(count, 0));
        }
        result["record_count"] = matches.Count;
        result[name] = HaloJson.Array(page.Select(write));
        return result;
    }
}
