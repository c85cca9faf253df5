namespace Guide.State;

/// <summary>
/// Keeps two interactive runs off one state file: the second would silently overwrite the
/// first's ticks. An OS-level lock, released even when the process is killed.
/// </summary>
internal sealed class StateLock : IDisposable
{
    private readonly FileStream _stream;

    private StateLock(FileStream stream) => _stream = stream;

    /// <exception cref="UsageException">Another Guide holds the lock, or the folder may not be written to.</exception>
    public static StateLock Acquire(string statePath)
    {
        var path = statePath + ".lock";
        try
        {
            OwnerOnlyFile.EnsureDirectory(path);
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None, Options = FileOptions.DeleteOnClose };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            return new StateLock(new FileStream(path, options));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UsageException($"cannot create {path} ({ex.Message}); give a --state in a folder you may write to");
        }
        catch (IOException) when (File.Exists(path))
        {
            // The file is there and cannot be had: another Guide holds it (a lock left by a killed one opens).
            throw new UsageException($"another Guide is already running on {statePath}; finish that one first, or give another file with --state");
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot create {path} ({ex.Message}); give another file with --state");
        }
    }

    public void Dispose() => _stream.Dispose();
}
