using Guide.Core.Guides;
using Guide.Core.Parsing;
using Guide.Core.Runs;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Core.Tests.Support;

/// <summary>Runs of the real guide on a fake clock, for run and report tests.</summary>
internal static class TestRuns
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    public static GuideDocument RealGuide { get; } =
        GuideParser.Parse(Repo.ReadContent("liongard-halopsa.md"), "liongard-halopsa.md").Guide!;

    public static (Run Run, MemoryRunStore Store, FakeTimeProvider Clock) New(RunMode mode = RunMode.Offline)
    {
        var clock = new FakeTimeProvider(Start);
        var store = new MemoryRunStore();
        var run = new Run(RealGuide, RunState.New(RealGuide.Id, RealGuide.Version, mode, Start), store, clock, "alex");
        return (run, store, clock);
    }

    public const string Secret = "s3cr3t-DO-NOT-LEAK-7f9a";

    /// <summary>Records the five values and the rest, as a person would.</summary>
    public static void RecordAll(Run run)
    {
        run.SetValue("instance_url", "https://example.halopsa.com").Succeeded.ShouldBeTrue();
        run.SetValue("resource_server", "example.halopsa.com").Succeeded.ShouldBeTrue();
        run.SetValue("authorisation_server", "https://example.halopsa.com/auth/").Succeeded.ShouldBeTrue();
        run.SetValue("tenant", "example").Succeeded.ShouldBeTrue();
        run.SetValue("teams", "Service Desk, Alerts").Succeeded.ShouldBeTrue();
        run.SetValue("client_id", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d").Succeeded.ShouldBeTrue();
        run.SetValue("client_secret", Secret).Succeeded.ShouldBeTrue();
    }
}
