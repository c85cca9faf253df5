using System.Text;

namespace Guide.State;

/// <summary>
/// Writes a file atomically and owner-only (0600): a temporary file in the same directory,
/// flushed to disk, then renamed over the target. A crash leaves the old file or the new one,
/// never half of either. State and report files hold secrets, hence the mode.
/// </summary>
internal static class OwnerOnlyFile
{
    public const string TempSuffix = ".tmp";

    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = EnsureDirectory(full);

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Creates the directory a file goes in, owner-only (0700) when it is new.</summary>
    /// <returns>The directory's full path.</returns>
    public static string EnsureDirectory(string filePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        if (Directory.Exists(directory))
            return directory;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(directory);
        else
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return directory;
    }

    /// <summary>Removes temporary files a killed process left beside <paramref name="path"/>.</summary>
    public static void CleanLeftovers(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            return;
        foreach (var leftover in Directory.EnumerateFiles(directory, $".{Path.GetFileName(full)}.*{TempSuffix}"))
            TryDelete(leftover);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the next clean-up tries again.
        }
    }
}
