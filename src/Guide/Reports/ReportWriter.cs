using System.Globalization;
using Guide.Content;
using Guide.Core.Reports;
using Guide.Core.Runs;
using Guide.State;

namespace Guide.Reports;

/// <summary>Renders the handoff report of a run and writes it owner-only.</summary>
internal sealed class ReportWriter(Run run, LoadedGuide loaded, TimeProvider clock)
{
    public string DefaultPath =>
        $"{run.Guide.Id}-handoff-{clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.md";

    /// <exception cref="UsageException">The guide's template is broken.</exception>
    public string Render(bool redactSecrets)
    {
        try
        {
            return ReportRenderer.Render(loaded.Template, loaded.TemplateName, ReportBuilder.Build(run, clock.GetUtcNow(), redactSecrets));
        }
        catch (ReportTemplateException ex)
        {
            throw new UsageException($"the report template is broken: {ex.Message}");
        }
    }

    /// <returns>The full path written.</returns>
    public string Save(string path, bool redactSecrets)
    {
        var target = string.IsNullOrWhiteSpace(path) ? DefaultPath : path;
        if (Directory.Exists(target))
            target = Path.Combine(target, DefaultPath);
        OwnerOnlyFile.Write(target, Render(redactSecrets));
        return Path.GetFullPath(target);
    }
}
