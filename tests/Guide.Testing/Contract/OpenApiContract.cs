using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Guide.Testing.Contract;

/// <summary>
/// Halo's own OpenAPI document (<c>halopsa-openapi.json</c>, copied beside this assembly) as the
/// contract: which paths, methods, query parameters and body properties exist, and which
/// properties (and JSON types) each entity schema has. Read with Microsoft.OpenApi, which
/// accepts the document but reports Halo's non-standard parameter types (<c>bool</c>,
/// <c>List&lt;int&gt;</c>...) as diagnostics and leaves those parameter types unset; only
/// parameter names are checked, so that loses nothing here.
/// </summary>
public sealed partial class OpenApiContract
{
    /// <summary>The server URL of the document: every path in it is relative to <c>/api</c>.</summary>
    public const string ServerPath = "/api";

    private static readonly Lazy<OpenApiContract> Bundled = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "halopsa-openapi.json")));

    private readonly OpenApiDocument document;

    private OpenApiContract(OpenApiDocument document, IReadOnlyList<string> diagnostics)
    {
        this.document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The bundled Halo document, loaded once per process.</summary>
    public static OpenApiContract Halo => Bundled.Value;

    /// <summary>What the reader complained about (message and JSON pointer), for a test to pin down.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    public int PathCount => document.Paths.Count;

    public static OpenApiContract Load(string path)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        var result = OpenApiDocument.Load(stream, "json", new OpenApiReaderSettings());
        var document = result.Document ?? throw new InvalidDataException($"{path}: not an OpenAPI document");
        var diagnostics = result.Diagnostic?.Errors.Select(e => $"{e.Message} [{e.Pointer}]").ToArray() ?? [];
        return new OpenApiContract(document, diagnostics);
    }

    /// <summary>
    /// The operation for a request path (with or without the <c>/api</c> prefix, case-insensitive)
    /// and method; a template with more literal segments wins (<c>/Agent/me</c> over <c>/Agent/{id}</c>).
    /// </summary>
    public ContractOperation? FindOperation(string method, string path)
    {
        var relative = Relative(path);
        var best = document.Paths
            .Select(p => (Template: p.Key, Item: p.Value, Score: PathTemplate.Match(p.Key, relative)))
            .Where(p => p.Score >= 0)
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        if (best.Item?.Operations is not { } operations)
            return null;
        var found = operations.FirstOrDefault(o => string.Equals(o.Key.Method, method, StringComparison.OrdinalIgnoreCase));
        return found.Value is null ? null : new ContractOperation(found.Key.Method, best.Template, found.Value);
    }

    /// <summary>Whether the document has the path at all, under any method.</summary>
    public bool HasPath(string path) => document.Paths.Keys.Any(t => PathTemplate.Match(t, Relative(path)) >= 0);

    /// <summary>A component schema by name (e.g. <c>Uname</c>).</summary>
    public IOpenApiSchema Schema(string name) =>
        document.Components?.Schemas?.TryGetValue(name, out var schema) == true
            ? schema
            : throw new ArgumentException($"The document has no schema '{name}'.", nameof(name));

    /// <summary>
    /// The entity schema of a collection, taken from the document itself: the item schema of the
    /// array that <c>POST /{Collection}</c> takes (<c>/api/Agent/me</c> gives <c>Uname</c>). The
    /// document has no response schemas, and answers carry the same entities. Null when none.
    /// </summary>
    public string? EntitySchemaFor(string path)
    {
        var segments = Relative(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
            return null;
        var body = FindOperation("POST", "/" + segments[0])?.BodySchema;
        return (body?.Items ?? body) is OpenApiSchemaReference reference ? reference.Reference.Id : null;
    }

    private static string Relative(string path)
    {
        var withoutQuery = path.Split('?', 2)[0];
        return withoutQuery.StartsWith(ServerPath + "/", StringComparison.OrdinalIgnoreCase)
            ? withoutQuery[ServerPath.Length..]
            : withoutQuery;
    }
}
