using System.Text.Json;
using Guide.Sandbox.Recording;

namespace Guide.Testing.Contract;

public sealed partial class OpenApiContract
{
    /// <summary>
    /// Checks a request the simulator recorded (only <c>/api</c>: the token endpoint is outside
    /// the document) and, when it was answered 2xx with JSON and no fault, every entity in the
    /// answer against the entity schema of its collection (<see cref="EntitySchemaFor"/>).
    /// </summary>
    public IReadOnlyList<string> Check(RecordedRequest request)
    {
        if (!request.Path.StartsWith(ServerPath + "/", StringComparison.OrdinalIgnoreCase))
            return [];
        var violations = CheckRequest(request.Method, request.Path, request.QueryNames, request.Body).ToList();
        if (request.Fault is null && request.Status is >= 200 and < 300 && request.ResponseBody is { } body
            && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            && EntitySchemaFor(request.Path) is { } schema)
        {
            violations.AddRange(CheckAnswer(schema, body).Select(v => $"{request.Method} {request.Path} answer: {v}"));
        }
        return violations;
    }

    /// <summary>Checks every request; returns all violations.</summary>
    public IReadOnlyList<string> Check(IEnumerable<RecordedRequest> requests) => requests.SelectMany(Check).ToArray();

    /// <summary>
    /// The entities of an answer: each element of a bare array, each element of the arrays of a
    /// wrapper (an object with <c>record_count</c>), or the object itself.
    /// </summary>
    public IReadOnlyList<string> CheckAnswer(string schemaName, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        IEnumerable<JsonElement> entities = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToArray(),
            JsonValueKind.Object when root.TryGetProperty("record_count", out _) =>
                root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray()).ToArray(),
            _ => [root],
        };
        return entities.SelectMany(e => CheckEntity(schemaName, e)).ToArray();
    }
}
