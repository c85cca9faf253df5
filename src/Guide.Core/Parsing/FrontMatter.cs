using System.Collections.Immutable;
using Guide.Core.Guides;

namespace Guide.Core.Parsing;

/// <summary>The guide-level fields read from the front matter.</summary>
internal sealed record FrontMatter(
    string Id,
    string Title,
    string Version,
    string? ReportTemplate,
    ImmutableArray<ValueDefinition> Values);
