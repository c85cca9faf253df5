using Guide.Core.Parsing;

namespace Guide.Content;

/// <summary>Reads the bundled guide or a guide file, and its report template.</summary>
internal static class GuideLoader
{
    /// <exception cref="UsageException">The file cannot be read, or the guide has errors (each with file:line).</exception>
    public static LoadedGuide Load(string? path)
    {
        var (text, source) = path is null
            ? (BundledContent.Read(BundledContent.GuideName), "(bundled) " + BundledContent.GuideName)
            : (ReadFile(path), path);
        var result = GuideParser.Parse(text, source);
        if (result.Guide is not { } guide)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString());
            throw new UsageException($"the guide has errors; fix them or check it with `guide lint`:\n{string.Join('\n', errors)}");
        }

        var templateName = guide.ReportTemplate ?? BundledContent.GenericTemplate;
        string template;
        if (guide.ReportTemplate is null)
            template = BundledContent.Read(BundledContent.GenericTemplate);
        else if (path is null)
            template = BundledContent.Read(guide.ReportTemplate);
        else
            template = ReadFile(TemplatePath(path, guide.ReportTemplate));
        return new LoadedGuide(guide, template, templateName);
    }

    /// <summary>A guide's template lives beside it.</summary>
    public static string TemplatePath(string guidePath, string templateName) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(guidePath)) ?? ".", templateName);

    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {ex.Message}");
        }
    }
}
