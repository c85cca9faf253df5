using Guide.Core.Runs;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Runs;

public sealed class RunStateJsonTests
{
    [Fact]
    public void Round_trips_everything_a_run_records()
    {
        var (run, _, clock) = TestRuns.New(RunMode.Sandbox);
        TestRuns.RecordAll(run);
        clock.Advance(TimeSpan.FromSeconds(90));
        run.Tick("app.view");
        run.Skip("app.save", "done in another window");
        run.Fail("app.new", "POST /api/Application answered 503");
        run.RecordChecks([new ProofCheckResult("token", CheckStatus.Pass, "granted read:tickets")]);
        run.RecordFacts(new Dictionary<string, string> { ["agent.id"] = "12" });
        run.CountRequests(7);

        var json = RunStateJson.Serialize(run.State);
        var back = RunStateJson.Deserialize(json);

        RunStateJson.Serialize(back).ShouldBe(json);
        back.Items.ShouldBe(run.State.Items, ignoreOrder: true);
        back.Values.ShouldBe(run.State.Values, ignoreOrder: true);
        back.Checks.ShouldBe(run.State.Checks);
        back.HttpRequests.ShouldBe(7);
        back.Undo.Count.ShouldBe(run.State.Undo.Count);
        back.Mode.ShouldBe(RunMode.Sandbox);
    }

    [Fact]
    public void Writes_the_documented_shape()
    {
        var (run, _, _) = TestRuns.New();
        run.Tick("app.view");
        var json = RunStateJson.Serialize(run.State);

        json.ShouldStartWith("{\n  \"schema\": 1,\n  \"guide\": {\n    \"id\": \"liongard-halopsa\",\n    \"version\": \"1\"\n  },\n  \"mode\": \"offline\",");
        json.ShouldContain("\"app.view\": {\n      \"status\": \"done-by-hand\",\n      \"by\": \"alex\",\n      \"at\": \"2026-12-03T09:30:00+00:00\"");
        json.ShouldContain("\"http_requests\": 0");
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\", \"items\": {", "not valid JSON (line 1)")]
    [InlineData("[]", "no schema version")]
    [InlineData("{\"guide\": {\"id\": \"g\"}}", "no schema version")]
    [InlineData("{\"schema\": \"one\"}", "no schema version")]
    [InlineData("{\"schema\": 0, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\"}", "schema version 0")]
    [InlineData("{\"schema\": 1, \"mode\": \"offline\"}", "which guide")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"turbo\"}", "mode 'turbo'")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"3\"}", "mode '3'")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\", \"items\": {\"a\": {\"status\": \"finished\"}}}", "item 'a' has an unknown status 'finished'")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\", \"items\": {\"a\": 5}}", "wrong type")]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\", \"http_requests\": \"many\"}", "wrong type")]
    public void Refuses_what_it_cannot_read_with_certainty(string json, string words)
    {
        var ex = Should.Throw<StateFileException>(() => RunStateJson.Deserialize(json));
        ex.Problem.ShouldBe(StateFileProblem.Corrupt);
        ex.Message.ShouldContain(words);
    }

    [Fact]
    public void Refuses_a_newer_schema_as_such()
    {
        var ex = Should.Throw<StateFileException>(() => RunStateJson.Deserialize("{\"schema\": 2, \"something\": \"new\"}"));
        ex.Problem.ShouldBe(StateFileProblem.Newer);
        ex.Message.ShouldContain("newer Guide (schema 2");
    }

    [Fact]
    public void Error_messages_never_quote_the_file_content()
    {
        var ex = Should.Throw<StateFileException>(() =>
            RunStateJson.Deserialize("{\"schema\": 1, \"guide\": {\"id\": \"g\"}, \"mode\": \"offline\", \"values\": {\"client_secret\": SECRETVALUE}}"));
        ex.Message.ShouldNotContain("SECRETVALUE");
    }
}
