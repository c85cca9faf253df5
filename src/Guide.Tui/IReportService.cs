namespace Guide.Tui;

/// <summary>Renders and saves the handoff report; the host knows the template and the file system.</summary>
public interface IReportService
{
    /// <summary>Where the report goes unless the person says otherwise.</summary>
    string DefaultPath { get; }

    string Render(bool redactSecrets);

    /// <summary>The full path a report saved to <paramref name="path"/> would get.</summary>
    string Target(string path);

    bool Exists(string target);

    /// <summary>
    /// Writes the report owner-only; returns the full path written, or throws
    /// <see cref="IOException"/> (no such folder, or the file exists and may not be replaced).
    /// </summary>
    string Save(string path, bool redactSecrets, bool overwrite);
}
