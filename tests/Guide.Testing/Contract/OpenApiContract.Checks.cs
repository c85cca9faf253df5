using System.Text.Json;

namespace Guide.Testing.Contract;

public sealed partial class OpenApiContract
{
    /// <summary>
    /// Whether a request fits the document: the path and method exist, every query parameter name
    /// (exactly) belongs to that operation, and every property of the JSON body belongs to its
    /// request-body schema. Returns the violations; empty when it fits.
    /// </summary>
    public IReadOnlyList<string> CheckRequest(string method, string path, IEnumerable<string> queryNames, string? jsonBody)
    {
        var where = $"{method} {path}";
        var operation = FindOperation(method, path);
        if (operation is null)
        {
            return [HasPath(path) ? $"{where}: the document has this path, but not with {method}" : $"{where}: no such path in the document"];
        }
        var violations = new List<string>();
        var known = operation.QueryParameters;
        foreach (var name in queryNames.Where(n => !known.Contains(n)))
            violations.Add($"{where}: query parameter '{name}' is not one of {operation}");
        if (!string.IsNullOrWhiteSpace(jsonBody))
            CheckBody(operation, jsonBody, where, violations);
        return violations;
    }

    /// <summary>Whether an entity object uses only property names and JSON types of <paramref name="schemaName"/>.</summary>
    public IReadOnlyList<string> CheckEntity(string schemaName, JsonElement entity)
    {
        var violations = new List<string>();
        SchemaCheck.Check(Schema(schemaName), entity, schemaName, violations);
        return violations;
    }

    private static void CheckBody(ContractOperation operation, string jsonBody, string where, List<string> violations)
    {
        if (operation.BodySchema is not { } schema)
        {
            violations.Add($"{where}: {operation} takes no JSON body");
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonBody);
        }
        catch (JsonException)
        {
            violations.Add($"{where}: the body is not JSON");
            return;
        }
        using (document)
        {
            var name = SchemaCheck.NameOf(schema.Items ?? schema, "body");
            SchemaCheck.Check(schema, document.RootElement, $"{where} body ({name})", violations);
        }
    }
}
