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

    /// <summary>Where a report saved to <paramref name="path"/> would go: a folder gets the default name.</summary>
    public string Target(string path)
    {
        var target = string.IsNullOrWhiteSpace(path) ? DefaultPath : path.Trim();
        return Path.GetFullPath(Directory.Exists(target) ? Path.Combine(target, DefaultPath) : target);
    }

    /// <returns>The full path written.</returns>
    /// <exception cref="IOException">The folder does not exist, or the file exists and <paramref name="overwrite"/> is false.</exception>
    public string Save(string path, bool redactSecrets, bool overwrite)
    {
        var target = Target(path);
        if (File.Exists(target) && !overwrite)
            throw new IOException($"{target} exists already; it may be another customer's handoff");
        Write(target, Render(redactSecrets));
        return target;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="target"/> (a full path from <see cref="Target"/>), replacing any file there.</summary>
    /// <exception cref="IOException">The folder does not exist, or the file cannot be written.</exception>
    public static void Write(string target, string text)
    {
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new IOException($"there is no folder {folder}");
        OwnerOnlyFile.Write(target, text);
    }
}
