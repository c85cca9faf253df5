using Guide.Content;
using Guide.Core.Runs;
using Guide.State;
using Microsoft.Extensions.Time.Testing;

namespace Guide.Tests.Support;

/// <summary>Writes state files the way a run would, through the real store.</summary>
internal static class SavedRuns
{
    public const string Secret = "Host-Secret-91c2d7e4aa";

    public static Run Start(string statePath, RunMode mode = RunMode.Offline)
    {
        var guide = GuideLoader.Load(null).Guide;
        var clock = new FakeTimeProvider(CliRun.Now);
        return new Run(guide, RunState.New(guide.Id, guide.Version, mode, clock.GetUtcNow()), new FileRunStore(statePath), clock, "tester");
    }

    public static Run Completed(string statePath, RunMode mode = RunMode.Offline)
    {
        var run = Start(statePath, mode);
        run.SetValue("instance_url", "https://example.halopsa.com");
        run.SetValue("resource_server", "example.halopsa.com");
        run.SetValue("authorisation_server", "https://example.halopsa.com/auth");
        run.SetValue("tenant", "example");
        run.SetValue("teams", "Service Desk");
        run.SetValue("client_id", "5b1e4a6c-1f2d-4b7a-9c3e-0d1f2a3b4c5d");
        run.SetValue("client_secret", Secret);
        foreach (var item in run.Guide.Items)
            run.Tick(item.Id).Succeeded.ShouldBeTrue(item.Id);
        return run;
    }
}
