using System.Text.Json;

namespace Guide.Sandbox.Data;

/// <summary>
/// The <c>--data</c> file: all simulator state as JSON, so a restarted simulator still has the
/// agent and application a run made. Written atomically (temporary file, then rename) so a kill
/// mid-write leaves the old file whole, and owner-only, since it holds the seeded credentials.
/// </summary>
internal static class DataFile
{
    /// <summary>Reads the file; null when it does not exist yet.</summary>
    /// <exception cref="InvalidDataException">The file is corrupt or from a newer simulator.</exception>
    public static SandboxData? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        SandboxData? data;
        try
        {
            data = JsonSerializer.Deserialize(File.ReadAllText(path), DataJsonContext.Default.SandboxData);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a sandbox data file ({e.Message})", e);
        }
        if (data is null)
            throw new InvalidDataException($"{path}: not a sandbox data file (empty)");
        if (data.SchemaVersion > SandboxData.CurrentVersion)
            throw new InvalidDataException(
                $"{path}: written by a newer simulator (schema {data.SchemaVersion}, this one reads up to {SandboxData.CurrentVersion})");
        return data;
    }

    public static void Save(string path, SandboxData data)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, OwnerOnly()))
            {
                JsonSerializer.Serialize(stream, data, DataJsonContext.Default.SandboxData);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }
}
