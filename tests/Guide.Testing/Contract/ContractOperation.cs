using Microsoft.OpenApi;

namespace Guide.Testing.Contract;

/// <summary>One operation of the document: its method, path template, parameters and body schema.</summary>
public sealed class ContractOperation
{
    private readonly OpenApiOperation operation;

    internal ContractOperation(string method, string template, OpenApiOperation operation)
    {
        Method = method;
        Template = template;
        this.operation = operation;
    }

    public string Method { get; }

    /// <summary>The path template as the document writes it, e.g. <c>/Agent/{id}</c>.</summary>
    public string Template { get; }

    /// <summary>The names of its query parameters (a name the document repeats appears once).</summary>
    public IReadOnlySet<string> QueryParameters =>
        (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Query && p.Name is not null)
            .Select(p => p.Name!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The JSON request body schema; null when it takes none.</summary>
    public IOpenApiSchema? BodySchema =>
        operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true ? media.Schema : null;

    public override string ToString() => $"{Method} {Template}";
}
