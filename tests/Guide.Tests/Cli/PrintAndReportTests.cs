using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Cli;

public sealed class PrintAndReportTests
{
    [Fact]
    public void Print_without_a_saved_run_shows_every_item_open()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("print", "--guide", Repo.Content("liongard-halopsa.md"), "--state", dir.File("none.json"));
        run.Exit.ShouldBe(2, "an explicit --state that does not exist is a mistake");

        var previous = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        Environment.SetEnvironmentVariable("XDG_STATE_HOME", dir.Path);
        CliRun plain;
        try
        {
            plain = CliRun.Of("print");
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_STATE_HOME", previous);
        }
        plain.Exit.ShouldBe(0);
        plain.Out.ShouldContain("No saved run yet: every item is open.");
        plain.Out.Split('\n').Count(l => l.TrimStart().StartsWith("- [ ]", StringComparison.Ordinal)).ShouldBe(31);
    }

    [Fact]
    public void A_hosted_instance_without_a_tenant_is_never_handed_over_as_self_hosted()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Start(state).SetValue("instance_url", "acme.halopsa.com").Succeeded.ShouldBeTrue();

        var hosted = CliRun.Of("report", "--state", state, "--out", "-");

        hosted.Exit.ShouldBe(0, hosted.Error);
        hosted.Out.ShouldContain("| Tenant | _none usable: ");
        hosted.Out.ShouldNotContain("self-hosted)_");

        SavedRuns.Start(state).SetValue("instance_url", "halo.example.org").Succeeded.ShouldBeTrue();
        CliRun.Of("report", "--state", state, "--out", "-").Out.ShouldContain("| Tenant | _none (self-hosted)_ |");
    }

    [Fact]
    public void Print_and_report_only_read_a_run_whose_items_the_guide_no_longer_has()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Start(state).Tick("agent.open-agents").Succeeded.ShouldBeTrue();
        // A run saved with another version of the guide: its item is not in this one.
        File.WriteAllText(state, File.ReadAllText(state).Replace("\"agent.open-agents\"", "\"agent.open-agents-v2\"", StringComparison.Ordinal));
        var before = File.ReadAllBytes(state);

        CliRun.Of("print", "--state", state).Exit.ShouldBe(0);
        CliRun.Of("report", "--state", state, "--out", "-").Exit.ShouldBe(0);

        File.ReadAllBytes(state).ShouldBe(before, "a command that only reads a run never rewrites it (another run may hold it)");
    }

    [Fact]
    public void Print_ticks_boxes_from_the_state_and_never_shows_the_secret()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        var saved = SavedRuns.Completed(state);
        saved.Skip("handoff.write-proof", "no test | tickets").Succeeded.ShouldBeTrue();

        var run = CliRun.Of("print", "--state", state);

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain("- [x] Log in to HaloPSA as an administrator.");
        run.Out.ShouldContain("  - [x] **Tickets** access level: *Read and Modify*.");
        run.Out.ShouldContain("- [ ] Optionally, prove the write permissions with a test ticket. (skipped: no test \\| tickets)");
        run.Out.ShouldContain("| Client Secret | (recorded; hidden here, see the report) |");
        run.Out.ShouldContain("| Resource Server | `https://example.halopsa.com/api` |");
        run.Out.ShouldNotContain(SavedRuns.Secret);
    }

    [Fact]
    public void Report_is_written_owner_only_with_the_five_values()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Completed(state);
        var target = dir.File("out/report.md");
        Directory.CreateDirectory(dir.File("out"));

        var run = CliRun.Of("report", "--state", state, "--out", target);

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain($"Report written to {target}");
        run.Out.ShouldNotContain(SavedRuns.Secret);
        File.GetUnixFileMode(target).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var report = File.ReadAllText(target);
        report.ShouldContain($"| Client Secret | `{SavedRuns.Secret}` |");
        report.ShouldContain("| Tenant | `example` |");
        report.ShouldContain("31 of 31 items complete.");
    }

    [Fact]
    public void An_existing_report_is_not_replaced_without_force_and_a_missing_folder_is_an_error()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Completed(state);
        var target = dir.File("report.md");
        File.WriteAllText(target, "another customer's handoff");

        var refused = CliRun.Of("report", "--state", state, "--out", target);
        refused.Exit.ShouldBe(2);
        refused.Error.ShouldContain("exists already; it may be another customer's handoff (give --force to replace it, or another --out)");
        File.ReadAllText(target).ShouldBe("another customer's handoff");

        CliRun.Of("report", "--state", state, "--out", target, "--force").Exit.ShouldBe(0);
        File.ReadAllText(target).ShouldContain("handoff report");

        var nowhere = CliRun.Of("report", "--state", state, "--out", dir.File("missing/report.md"));
        nowhere.Exit.ShouldBe(2);
        nowhere.Error.ShouldContain("there is no folder");
        Directory.Exists(dir.File("missing")).ShouldBeFalse();
    }

    [Fact]
    public void Report_to_stdout_on_purpose_and_redacted_on_request()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Completed(state);

        var full = CliRun.Of("report", "--state", state, "--out", "-");
        full.Out.ShouldContain($"| Client Secret | `{SavedRuns.Secret}` |");

        var redacted = CliRun.Of("report", "--state", state, "--out", "-", "--redact-secrets");
        redacted.Out.ShouldNotContain(SavedRuns.Secret);
        redacted.Out.ShouldContain("| Client Secret | (redacted) |");
    }

    [Fact]
    public void Report_and_print_keep_the_mode_the_run_was_saved_in()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Completed(state, RunMode.Sandbox);
        var before = File.ReadAllText(state);

        CliRun.Of("report", "--state", state, "--out", "-").Out.ShouldContain("Generated 2026-12-03 12:00 UTC in sandbox mode.");
        CliRun.Of("print", "--state", state).Exit.ShouldBe(0);

        File.ReadAllText(state).ShouldBe(before, "reading a run must not rewrite its mode");
    }

    [Fact]
    public void Report_goes_to_the_dated_default_name_in_a_directory()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        SavedRuns.Completed(state);

        var run = CliRun.Of("report", "--state", state, "--out", dir.Path);

        run.Exit.ShouldBe(0);
        File.Exists(dir.File("liongard-halopsa-handoff-2026-12-03.md")).ShouldBeTrue();
    }

    [Fact]
    public void A_corrupt_state_is_exit_2_with_the_reason_and_the_file_untouched()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        File.WriteAllText(state, "{ not json");

        var run = CliRun.Of("report", "--state", state, "--out", "-");

        run.Exit.ShouldBe(2);
        run.Error.ShouldStartWith($"guide: the state file {state} cannot be used: it is not valid JSON");
        run.Out.ShouldBeEmpty();
        File.ReadAllText(state).ShouldBe("{ not json");
    }

    [Fact]
    public void A_state_of_another_guide_is_refused()
    {
        using var dir = new TempDir();
        var state = dir.File("state.json");
        File.WriteAllText(state, "{\"schema\": 1, \"guide\": {\"id\": \"other-guide\"}, \"mode\": \"offline\"}");

        var run = CliRun.Of("print", "--state", state);

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("belongs to the guide 'other-guide', not 'liongard-halopsa'");
    }

    [Theory]
    [InlineData("--nope")]
    [InlineData("report", "--out")]
    [InlineData("lint")]
    [InlineData("print", "extra")]
    public void Bad_usage_is_exit_2_with_a_pointer_to_help(params string[] args)
    {
        var run = CliRun.Of(args);
        run.Exit.ShouldBe(2);
        run.Error.ShouldEndWith("Run `guide --help` for usage.\n");
    }

    [Fact]
    public void Interactive_run_without_a_terminal_says_what_to_run_instead()
    {
        // The test host's standard streams are redirected, as in a script.
        var run = CliRun.Of("--offline");
        run.Exit.ShouldBe(2);
        run.Error.ShouldBe("guide: no terminal for the checklist (standard input and output are not a terminal); run `guide apply` for the automated steps without one, `guide print` for the checklist as Markdown, or `guide report` for the handoff report.\n");
    }
}
