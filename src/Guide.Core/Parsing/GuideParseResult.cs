using System.Collections.Immutable;
using Guide.Core.Guides;

namespace Guide.Core.Parsing;

/// <summary>The outcome of parsing: a guide when there are no errors, and every diagnostic found.</summary>
public sealed record GuideParseResult(GuideDocument? Guide, ImmutableArray<GuideDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool HasWarnings => Diagnostics.Any(d => !d.IsError);
}
