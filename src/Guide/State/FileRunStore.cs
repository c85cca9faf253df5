using Guide.Core.Runs;

namespace Guide.State;

/// <summary>The run state file on disk: saved atomically and owner-only after every change.</summary>
internal sealed class FileRunStore(string path) : IRunStore
{
    /// <summary>No real run comes near this; anything bigger is not a state file.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public void Save(RunState state)
    {
        try
        {
            OwnerOnlyFile.Write(Path, RunStateJson.Serialize(state));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RunStoreException($"cannot write {Path}: {ex.Message}", ex);
        }
    }

    /// <returns>The saved state, or null when there is none yet.</returns>
    /// <exception cref="UsageException">The file is unreadable, corrupt, too large or from a newer Guide; it is left untouched.</exception>
    public RunState? Load()
    {
        OwnerOnlyFile.CleanLeftovers(Path);
        if (Directory.Exists(Path))
            throw new UsageException($"the state path {Path} is a directory; give a file with --state");
        if (!File.Exists(Path))
            return null;
        try
        {
            if (new FileInfo(Path).Length > MaxBytes)
                throw Refused($"it is larger than {MaxBytes / (1024 * 1024)} MB, so it is not a Guide state file");
            return RunStateJson.Deserialize(File.ReadAllText(Path));
        }
        catch (StateFileException ex)
        {
            throw Refused(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the state file {Path}: {ex.Message}");
        }
    }

    private UsageException Refused(string why) =>
        new($"the state file {Path} cannot be used: {why}. It was left untouched; move it away to start afresh, or give another file with --state.");
}
