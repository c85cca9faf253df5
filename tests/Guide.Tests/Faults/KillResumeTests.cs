using System.Diagnostics;
using System.Text.Json;
using Guide.Core.Runs;
using Guide.Tests.Support;
using Xunit.Abstractions;

namespace Guide.Tests.Faults;

/// <summary>
/// `guide apply --sandbox` killed outright (SIGKILL) at seeded points across its run, then run
/// again: nothing recorded is lost, no agent or application is made twice, and the report is
/// complete. The simulator keeps its data in a file, so it outlives the kill.
/// </summary>
public sealed class KillResumeTests(ITestOutputHelper output)
{
    private const int Seed = 20261203;
    private const int Points = 24;

    /// <summary>Values the sandbox sets afresh at every start (its port is new each time).</summary>
    private static readonly string[] Addresses = ["instance_url", "resource_server", "authorisation_server", "tenant"];

    [Fact]
    public async Task Killed_at_any_point_and_run_again_nothing_is_lost_or_made_twice()
    {
        // Kill after the Nth line apply prints: one line per step and per call, so the points
        // spread over discovery, creation (before and after each answer), the proofs and the report
        // (a full run prints about 49 lines).
        var random = new Random(Seed);
        var points = Enumerable.Range(1, 46).OrderBy(_ => random.Next()).Take(Points).Order().ToList();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(points, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (point, _) =>
        {
            await Task.Yield();
            KillAndResume(point);
        });
        output.WriteLine($"{Points} kill points ({string.Join(", ", points)}) in {watch.Elapsed.TotalSeconds:0} s");
    }

    private void KillAndResume(int line)
    {
        using var dir = new TempDir();
        var state = dir.File("run.json");
        string[] args = ["apply", "--sandbox", "--yes", "--teams", "Service Desk", "--state", state, "--out", dir.File("handoff.md")];

        var printed = KillAfter(line, args);
        lock (output)
            output.WriteLine($"line {line}: killed after \"{printed}\"");
        var before = File.Exists(state) ? RunStateJson.Deserialize(File.ReadAllText(state)) : null;

        var resumed = GuideProcess.Run(new Dictionary<string, string?>(), args);
        resumed.Exit.ShouldBe(0, $"killed after line {line} ({printed}); the rerun said:\n{resumed.Out}{resumed.Error}");

        var after = RunStateJson.Deserialize(File.ReadAllText(state));
        if (before is not null)
        {
            foreach (var (key, value) in before.Values.Where(v => !Addresses.Contains(v.Key)))
                after.Values.GetValueOrDefault(key).ShouldBe(value, $"value {key} recorded before the kill at line {line} was lost or changed");
        }
        after.Guide_items_left().ShouldBe(["handoff.report"], $"kill at line {line}");
        after.Checks.Count.ShouldBe(9);
        after.Checks.ShouldAllBe(c => c.Status == CheckStatus.Pass);

        Count(dir, "agents", "name", "Liongard").ShouldBe(1, $"kill at line {line}");
        Count(dir, "applications", "displayName", "Liongard").ShouldBe(1, $"kill at line {line}");
        CountTestTickets(dir).ShouldBeLessThanOrEqualTo(1);

        var report = File.ReadAllText(dir.File("handoff.md"));
        report.ShouldContain($"| Client Secret | `{after.Values["client_secret"]}` |");
        report.ShouldContain($"| Client ID | `{after.Values["client_id"]}` |");
        report.ShouldContain("| ticket-edit-closed | pass |");
    }

    /// <summary>Starts apply and kills it with SIGKILL once it has printed <paramref name="line"/> lines.</summary>
    private static string KillAfter(int line, string[] args)
    {
        var info = GuideProcess.StartInfo(args);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        _ = process.StandardError.ReadToEndAsync();
        var last = "(nothing)";
        for (var n = 0; n < line; n++)
        {
            var text = process.StandardOutput.ReadLine();
            if (text is null)
                break;   // the run ended before this point: the kill lands after it, which is a point too
            last = text;
        }
        if (!process.HasExited)
            process.Kill();   // SIGKILL
        process.WaitForExit();
        return last.Trim();
    }

    private static int Count(TempDir dir, string collection, string property, string name)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(dir.File("run.sandbox.json")));
        var list = data.RootElement.EnumerateObject().First(p => p.Name.Equals(collection, StringComparison.OrdinalIgnoreCase)).Value;
        return list.EnumerateArray().Count(e => e.EnumerateObject().Any(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase) && p.Value.GetString() == name));
    }

    private static int CountTestTickets(TempDir dir)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(dir.File("run.sandbox.json")));
        var tickets = data.RootElement.EnumerateObject().First(p => p.Name.Equals("tickets", StringComparison.OrdinalIgnoreCase)).Value;
        return tickets.EnumerateArray().Count(t => t.EnumerateObject().Any(p =>
            p.Name.Equals("summary", StringComparison.OrdinalIgnoreCase) && p.Value.GetString()!.StartsWith("Guide write test", StringComparison.Ordinal)));
    }
}

internal static class StateExtensions
{
    public static List<string> Guide_items_left(this RunState state)
    {
        var all = Guide.Content.GuideLoader.Load(null).Guide.Items;
        return [.. all.Where(i => state.StateOf(i.Id).Status is not (ItemStatus.DoneAutomatically or ItemStatus.DoneByHand)).Select(i => i.Id)];
    }
}
