using Guide.Tui;

namespace Guide.Reports;

/// <summary>
/// The TUI's view of the report writer. A broken template must not end the run: the preview
/// shows why, and saving reports it like any other failed write.
/// </summary>
internal sealed class TuiReportService(ReportWriter writer) : IReportService
{
    public string DefaultPath => writer.DefaultPath;

    public string Render(bool redactSecrets)
    {
        try
        {
            return writer.Render(redactSecrets);
        }
        catch (UsageException ex)
        {
            return $"**The report cannot be shown.** Guide {ex.Message}";
        }
    }

    public string Target(string path) => writer.Target(path);

    public bool Exists(string target) => File.Exists(target);

    public string Save(string path, bool redactSecrets, bool overwrite)
    {
        try
        {
            return writer.Save(path, redactSecrets, overwrite);
        }
        catch (UsageException ex)
        {
            throw new IOException(ex.Message, ex);
        }
    }
}
