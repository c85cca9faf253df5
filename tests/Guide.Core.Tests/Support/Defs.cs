using Guide.Core.Guides;

namespace Guide.Core.Tests.Support;

/// <summary>Value declarations like the real guide's, for validation tests.</summary>
internal static class Defs
{
    public static ValueDefinition Url(string key = "u", UrlShape shape = UrlShape.Any) =>
        new(key, "Address", ValueKind.Url, Requirement.Required, null, null, shape, 1);

    public static ValueDefinition Of(ValueKind kind, Requirement requirement = Requirement.Required, string label = "Thing") =>
        new("k", label, kind, requirement, null, null, UrlShape.Any, 1);
}
