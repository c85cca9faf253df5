namespace Guide.Core.Guides;

/// <summary>What sort of value a guide records; decides how it is checked and shown.</summary>
public enum ValueKind
{
    Text,
    Url,
    Guid,
    Secret,
    List,
}
