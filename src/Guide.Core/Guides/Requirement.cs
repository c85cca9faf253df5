namespace Guide.Core.Guides;

/// <summary>When a value must be recorded.</summary>
public enum Requirement
{
    Optional,
    Required,

    /// <summary>Required only on a hosted HaloPSA instance (a host under halopsa.com).</summary>
    Hosted,
}
