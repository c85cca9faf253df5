namespace Guide.Tui;

/// <summary>Renders and saves the handoff report; the host knows the template and the file system.</summary>
public interface IReportService
{
    /// <summary>Where the report goes unless the person says otherwise.</summary>
    string DefaultPath { get; }

    string Render(bool redactSecrets);

    /// <summary>Writes the report owner-only; returns the full path written, or throws <see cref="IOException"/>.</summary>
    string Save(string path, bool redactSecrets);
}
