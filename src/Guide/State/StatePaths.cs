namespace Guide.State;

/// <summary>Where run state lives by default: $XDG_STATE_HOME/guide/&lt;guide-id&gt;.json.</summary>
internal static class StatePaths
{
    public static string Default(string guideId)
    {
        var stateHome = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrWhiteSpace(stateHome) || !Path.IsPathRooted(stateHome))
            stateHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return Path.Combine(stateHome, "guide", guideId + ".json");
    }
}
