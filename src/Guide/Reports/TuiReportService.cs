using Guide.Tui;

namespace Guide.Reports;

/// <summary>The TUI's view of the report writer.</summary>
internal sealed class TuiReportService(ReportWriter writer) : IReportService
{
    public string DefaultPath => writer.DefaultPath;

    public string Render(bool redactSecrets) => writer.Render(redactSecrets);

    public string Save(string path, bool redactSecrets) => writer.Save(path, redactSecrets);
}
