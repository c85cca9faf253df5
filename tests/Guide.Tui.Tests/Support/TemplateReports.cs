using Guide.Core.Reports;
using Guide.Core.Runs;

namespace Guide.Tui.Tests.Support;

/// <summary>The real report template rendered from the run, saved into a test folder.</summary>
internal sealed class TemplateReports(Run run, TimeProvider clock, string folder) : IReportService
{
    private readonly string _template = Repo.ReadContent("liongard-halopsa.report.scriban");

    public string DefaultPath => Path.Combine(folder, "handoff.md");

    public List<(string Path, bool Redacted)> Saved { get; } = [];

    public string Render(bool redactSecrets) =>
        ReportRenderer.Render(_template, "liongard-halopsa.report.scriban", ReportBuilder.Build(run, clock.GetUtcNow(), redactSecrets));

    public string Target(string path) => Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultPath : path.Trim());

    public bool Exists(string target) => File.Exists(target);

    public string Save(string path, bool redactSecrets, bool overwrite)
    {
        var target = Target(path);
        if (File.Exists(target) && !overwrite)
            throw new IOException($"{target} exists already");
        File.WriteAllText(target, Render(redactSecrets));
        Saved.Add((target, redactSecrets));
        return target;
    }
}
