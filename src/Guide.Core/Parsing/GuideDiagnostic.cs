namespace Guide.Core.Parsing;

/// <summary>A problem found in a guide, pointing at its file and 1-based line.</summary>
public sealed record GuideDiagnostic(string Source, int Line, DiagnosticSeverity Severity, string Code, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Source}:{Line}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
