using Guide.Tests.Support;

namespace Guide.Tests.Processes;

public sealed class ProcessTests
{
    [Fact]
    public void Without_a_terminal_the_tui_never_starts_and_says_what_to_run_instead()
    {
        using var dir = new TempDir();
        var run = GuideProcess.Run(new Dictionary<string, string?> { ["XDG_STATE_HOME"] = dir.Path, ["CI"] = "true" }, "--offline");

        run.Exit.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("`guide print` for the checklist as Markdown");
        Directory.EnumerateFileSystemEntries(dir.Path).ShouldBeEmpty("nothing is written when the TUI cannot start");
    }

    [Fact]
    public void Version_and_help_answer()
    {
        var version = GuideProcess.Run(new Dictionary<string, string?>(), "--version");
        version.Exit.ShouldBe(0);
        version.Out.ShouldStartWith("0.1.0");

        var help = GuideProcess.Run(new Dictionary<string, string?>(), "--help");
        help.Exit.ShouldBe(0);
        help.Out.ShouldContain("guide [command] [options]");
        help.Out.ShouldContain("--offline");
        help.Out.ShouldContain("report");
    }

    [Fact]
    public void Runs_from_any_directory_because_the_guide_ships_inside()
    {
        using var dir = new TempDir();
        var run = GuideProcess.Run(new Dictionary<string, string?> { ["XDG_STATE_HOME"] = dir.Path }, "print");
        run.Exit.ShouldBe(0);
        run.Out.ShouldStartWith("# Create a Liongard API Account in HaloPSA");
    }
}
