using System.Text;
using Guide.Core.Runs;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Abuse;

/// <summary>State text cut short at every length, garbled and nested deep: refused as a state file, never half-read, never a crash.</summary>
public sealed class StateAbuseTests
{
    private static string RealState()
    {
        var (run, _, _) = TestRuns.New(RunMode.Sandbox);
        TestRuns.RecordAll(run);
        run.Tick("app.view");
        run.Skip("app.save", "later");
        run.RecordChecks([new ProofCheckResult("token", CheckStatus.Pass, "ok")]);
        return RunStateJson.Serialize(run.State);
    }

    [Fact]
    public void Every_truncation_of_a_real_state_is_refused_as_corrupt()
    {
        var json = RealState();
        for (var length = 0; length < json.TrimEnd().Length - 1; length++)
        {
            var cut = json[..length];
            var ex = Should.Throw<StateFileException>(() => RunStateJson.Deserialize(cut), $"cut at {length}");
            ex.Problem.ShouldBe(StateFileProblem.Corrupt);
            ex.Message.ShouldNotContain(TestRuns.Secret);
        }
    }

    [Fact]
    public void Random_bytes_and_bit_flips_are_refused_without_quoting_the_file()
    {
        var json = RealState();
        var random = new Random(42);
        for (var n = 0; n < 300; n++)
        {
            var chars = json.ToCharArray();
            for (var k = 0; k < 1 + random.Next(5); k++)
                chars[random.Next(chars.Length)] = (char)random.Next(0, 0x250);
            var garbled = new string(chars);
            try
            {
                var state = RunStateJson.Deserialize(garbled);
                state.GuideId.ShouldNotBeNullOrEmpty();   // a flip inside a string can leave valid JSON: then it must be whole
            }
            catch (StateFileException ex)
            {
                ex.Message.ShouldNotContain(TestRuns.Secret);
            }
        }
    }

    [Fact]
    public void Deep_nesting_and_binary_garbage_are_refused()
    {
        Should.Throw<StateFileException>(() => RunStateJson.Deserialize(new string('[', 100_000)));
        Should.Throw<StateFileException>(() => RunStateJson.Deserialize("{\"schema\": 1, \"values\": " + new string('{', 5_000)));
        var garbage = Encoding.Latin1.GetString(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray());
        Should.Throw<StateFileException>(() => RunStateJson.Deserialize(garbage));
    }
}
