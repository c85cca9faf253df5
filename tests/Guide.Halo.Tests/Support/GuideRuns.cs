using Guide.Core.Guides;
using Guide.Core.Parsing;
using Guide.Core.Runs;

namespace Guide.Halo.Tests.Support;

/// <summary>Runs of the real guide, kept in memory, for automation tests.</summary>
internal static class GuideRuns
{
    public static GuideDocument Guide { get; } = GuideParser.Parse(File.ReadAllText(ContentPath("liongard-halopsa.md")), "liongard-halopsa.md").Guide!;

    public static Run New(string? instanceUrl, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var run = new Run(Guide, RunState.New(Guide.Id, Guide.Version, RunMode.Sandbox, clock.GetUtcNow()), new NullStore(), clock, "tester");
        if (instanceUrl is not null)
            run.SetValue("instance_url", instanceUrl);
        return run;
    }

    private static string ContentPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
                return Path.Combine(dir.FullName, "content", name);
        }
        throw new InvalidOperationException("Guide.sln not found");
    }

    private sealed class NullStore : IRunStore
    {
        public void Save(RunState state) => RunStateJson.Serialize(state);
    }
}
