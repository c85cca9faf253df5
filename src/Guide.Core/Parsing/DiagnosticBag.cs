using System.Collections.Immutable;

namespace Guide.Core.Parsing;

/// <summary>Collects diagnostics for one source while a guide is parsed.</summary>
internal sealed class DiagnosticBag(string source)
{
    private readonly List<GuideDiagnostic> _items = [];

    public void Error(int line, string code, string message) =>
        _items.Add(new GuideDiagnostic(source, line, DiagnosticSeverity.Error, code, message));

    public void Warning(int line, string code, string message) =>
        _items.Add(new GuideDiagnostic(source, line, DiagnosticSeverity.Warning, code, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public ImmutableArray<GuideDiagnostic> ToImmutable() =>
        [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1)];
}
