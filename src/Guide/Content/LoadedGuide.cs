using Guide.Core.Guides;

namespace Guide.Content;

/// <summary>A parsed guide with the report template it names (or the generic one).</summary>
internal sealed record LoadedGuide(GuideDocument Guide, string Template, string TemplateName);
