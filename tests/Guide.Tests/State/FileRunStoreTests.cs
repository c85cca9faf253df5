using Guide.Core.Runs;
using Guide.State;
using Guide.Tests.Support;

namespace Guide.Tests.State;

public sealed class FileRunStoreTests
{
    [Fact]
    public void Saves_and_loads_the_same_run()
    {
        using var dir = new TempDir();
        var path = dir.File("nested/deeper/state.json");
        var run = SavedRuns.Completed(path);

        var loaded = new FileRunStore(path).Load()!;

        RunStateJson.Serialize(loaded).ShouldBe(RunStateJson.Serialize(run.State));
    }

    [Fact]
    public void State_file_is_owner_only_and_a_new_directory_too()
    {
        using var dir = new TempDir();
        var path = dir.File("new/state.json");
        SavedRuns.Start(path).Tick("app.view");

        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(dir.File("new")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void A_save_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = dir.File("state.json");
        File.WriteAllText(path, "placeholder that is longer than nothing");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = SavedRuns.Start(path);
        run.Tick("app.view");

        File.ReadAllText(path).ShouldBe(RunStateJson.Serialize(run.State));
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "a looser old file is replaced by an owner-only one");
        Directory.GetFiles(dir.Path).ShouldBe([path]);
    }

    [Fact]
    public void A_crash_between_writes_leaves_the_last_whole_state_and_resumes_from_it()
    {
        using var dir = new TempDir();
        var path = dir.File("state.json");
        var run = SavedRuns.Start(path);
        run.Tick("app.view");
        var whole = File.ReadAllText(path);
        // What a process killed mid-write leaves: a half-written temporary file beside the state.
        var leftover = dir.File(".state.json.4242.0123456789abcdef.tmp");
        File.WriteAllText(leftover, whole[..(whole.Length / 2)]);

        var resumed = new FileRunStore(path).Load()!;

        resumed.StateOf("app.view").Status.ShouldBe(ItemStatus.DoneByHand);
        File.Exists(leftover).ShouldBeFalse("leftovers are cleaned on the next start");
        File.ReadAllText(path).ShouldBe(whole);
    }

    [Theory]
    [InlineData("{\"schema\": 1, \"guide\": {\"id\": \"liongard-halopsa\"", "is not valid JSON")]
    [InlineData("\u0000\u0001garbage\u00ff", "is not valid JSON")]
    [InlineData("", "is not valid JSON")]
    [InlineData("{\"schema\": 99, \"guide\": {\"id\": \"liongard-halopsa\"}}", "newer Guide (schema 99")]
    public void A_corrupt_or_newer_file_is_refused_and_left_byte_for_byte_untouched(string content, string words)
    {
        using var dir = new TempDir();
        var path = dir.File("state.json");
        File.WriteAllText(path, content);
        var before = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        var ex = Should.Throw<UsageException>(() => new FileRunStore(path).Load());

        ex.Message.ShouldContain(words);
        ex.Message.ShouldContain("left untouched");
        File.ReadAllBytes(path).ShouldBe(before);
        File.GetLastWriteTimeUtc(path).ShouldBe(written);
    }

    [Fact]
    public void A_huge_file_is_refused_without_reading_it()
    {
        using var dir = new TempDir();
        var path = dir.File("state.json");
        using (var stream = File.Create(path))
            stream.SetLength(FileRunStore.MaxBytes + 1);

        Should.Throw<UsageException>(() => new FileRunStore(path).Load()).Message.ShouldContain("larger than 4 MB");
    }

    [Fact]
    public void A_failed_save_says_where_without_losing_the_run()
    {
        using var dir = new TempDir();
        var blocker = dir.File("not-a-dir");
        File.WriteAllText(blocker, "");
        var run = SavedRuns.Start(Path.Combine(blocker, "state.json"));

        var result = run.Tick("app.view");

        result.Succeeded.ShouldBeFalse();
        result.Message!.ShouldContain("cannot write");
        run.StateOf("app.view").Status.ShouldBe(ItemStatus.DoneByHand);
    }

    [Fact]
    public void A_second_interactive_run_on_the_same_state_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("state.json");
        using var first = StateLock.Acquire(path);

        Should.Throw<UsageException>(() => StateLock.Acquire(path)).Message.ShouldContain("another Guide is already running");
    }
}
