using Guide.Content;
using Guide.Core.Runs;

namespace Guide.State;

/// <summary>A guide, its run, and where the run is kept: what every command works on.</summary>
internal sealed record RunSession(LoadedGuide Loaded, FileRunStore Store, Run Run, bool Resumed)
{
    /// <summary>Loads the guide and resumes its saved run, or starts a new one (not yet written).</summary>
    /// <param name="statePath">--state, or null for the default path of the guide.</param>
    /// <param name="mode">The mode this run goes on in; null for commands that only read the run (print, report), which keep the mode it was saved in.</param>
    /// <param name="mustExist">True when a missing state file is an error (an explicit --state for print or report).</param>
    public static RunSession Open(string? guidePath, string? statePath, RunMode? mode, TimeProvider clock, bool mustExist = false) =>
        Open(GuideLoader.Load(guidePath), statePath, mode, clock, mustExist);

    /// <summary>The state file a run of this guide uses.</summary>
    public static string StatePath(LoadedGuide loaded, string? statePath) =>
        Path.GetFullPath(statePath ?? StatePaths.Default(loaded.Guide.Id));

    public static RunSession Open(LoadedGuide loaded, string? statePath, RunMode? mode, TimeProvider clock, bool mustExist = false)
    {
        var guide = loaded.Guide;
        var store = new FileRunStore(StatePath(loaded, statePath));
        var saved = store.Load();
        if (saved is null && mustExist)
            throw new UsageException($"there is no state file at {store.Path}");
        if (saved is not null && saved.GuideId != guide.Id)
        {
            throw new UsageException(
                $"the state file {store.Path} belongs to the guide '{saved.GuideId}', not '{guide.Id}'; give the matching --guide, or another --state");
        }

        var state = saved is null
            ? RunState.New(guide.Id, guide.Version, mode ?? RunMode.Offline, clock.GetUtcNow())
            : RunReconciler.Reconcile(guide, saved) with { Mode = mode ?? saved.Mode, GuideVersion = guide.Version };
        if (saved is not null && state.Notes.Count != saved.Notes.Count && mode is not null)
            store.Save(state);   // what the guide no longer has is dropped now, with its note, not at the next change; never by print or report, which only read
        var run = new Run(guide, state, store, clock, Environment.UserName);
        return new RunSession(loaded, store, run, saved is not null);
    }
}
