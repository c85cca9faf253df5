using System.Text.Json.Nodes;
using Guide.Core.Automation;

namespace Guide.Halo.Http;

/// <summary>An API answer: its JSON, or the problem that stopped it.</summary>
internal sealed record HaloReply(int Status, JsonNode? Json, Problem? Problem)
{
    public bool Ok => Problem is null;

    public static HaloReply Failed(Problem problem) => new(problem.Status ?? 0, null, problem);
}
