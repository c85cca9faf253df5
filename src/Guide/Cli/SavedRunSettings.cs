using Guide.Content;
using Guide.State;

namespace Guide.Cli;

/// <summary>
/// The values of a saved run, for <c>guide verify</c> to take what no flag or HALO_* variable
/// gives: the run named by <c>--state</c>, else the bundled guide's saved run if there is one.
/// Only read, never written or locked.
/// </summary>
internal sealed class SavedRunSettings
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly List<string> _used = [];

    private SavedRunSettings(string? path, IReadOnlyDictionary<string, string> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The state file read; null when there was none.</summary>
    public string? Path { get; }

    /// <summary>The labels of the settings taken from the saved run so far.</summary>
    public IReadOnlyList<string> Used => _used;

    /// <param name="statePath">--state, or null for the default run of the bundled guide.</param>
    /// <exception cref="UsageException">--state names no file, or the file is unreadable or corrupt.</exception>
    public static SavedRunSettings Load(string? statePath)
    {
        var store = new FileRunStore(statePath ?? StatePaths.Default(GuideLoader.Load(null).Guide.Id));
        var saved = store.Load();
        if (saved is null && statePath is not null)
            throw new UsageException($"there is no state file at {store.Path}");
        return saved is null
            ? new SavedRunSettings(null, new Dictionary<string, string>())
            : new SavedRunSettings(store.Path, saved.Values);
    }

    /// <summary>The flag's or variable's value if given, else the saved run's (noted in <see cref="Used"/>).</summary>
    public string? Or(string? given, string key, string label)
    {
        if (!string.IsNullOrWhiteSpace(given))
            return given;
        if (!_values.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            return null;
        _used.Add(label);
        return value;
    }
}
