using Guide.State;
using Guide.Tests.Support;

namespace Guide.Tests.State;

public sealed class StateLockTests
{
    [Fact]
    public void A_second_lock_on_the_same_run_says_another_guide_is_running()
    {
        using var dir = new TempDir();
        using var first = StateLock.Acquire(dir.File("run.json"));

        var second = Should.Throw<UsageException>(() => StateLock.Acquire(dir.File("run.json")));

        second.Message.ShouldStartWith("another Guide is already running on");
    }

    [Fact]
    public void A_state_path_that_cannot_be_created_is_named_not_taken_for_another_guide()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("plain-file"), "not a folder");

        var refused = CliRun.Of("apply", "--yes", "--state", Path.Combine(dir.File("plain-file"), "run.json"));

        refused.Exit.ShouldBe(2, refused.Error);
        refused.Error.ShouldContain("cannot create");
        refused.Error.ShouldNotContain("another Guide");
        refused.Error.ShouldNotContain("unexpected error");
    }
}
