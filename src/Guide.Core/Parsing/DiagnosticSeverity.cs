namespace Guide.Core.Parsing;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
