namespace Guide.Core.Guides;

/// <summary>A value the guide records, declared in its front matter.</summary>
public sealed record ValueDefinition(
    string Key,
    string Label,
    ValueKind Kind,
    Requirement Requirement,
    string? Default,
    string? Hint,
    UrlShape Shape,
    int Line)
{
    public bool IsSecret => Kind == ValueKind.Secret;
}
