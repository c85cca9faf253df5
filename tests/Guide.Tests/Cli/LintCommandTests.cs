using Guide.Tests.Support;

namespace Guide.Tests.Cli;

public sealed class LintCommandTests
{
    private const string Front = "---\nid: t\ntitle: T\nversion: 1\nvalues:\n  - key: name\n    kind: text\n---\n\n";

    [Fact]
    public void The_bundled_guide_is_clean()
    {
        var run = CliRun.Of("lint", Repo.Content("liongard-halopsa.md"));
        run.Exit.ShouldBe(0);
        run.Out.ShouldEndWith("liongard-halopsa.md: 3 steps, 31 items, 9 values; 0 warning(s).\n");
    }

    [Fact]
    public void H14_and_H15_are_reported_with_file_and_line_and_fail()
    {
        using var dir = new TempDir();
        var path = dir.File("g.md");
        File.WriteAllText(path, Front + "## Step\n\nBefore you start:\n3. Open Configuration\n\n- [ ] A <!-- guide: id=a records=name -->\n- [ ]\n  - [ ] Nested <!-- guide: id=a -->\n");

        var run = CliRun.Of("lint", path);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain($"{path}:13: warning G020: this line looks like a numbered step");
        run.Out.ShouldContain($"{path}:16: error G013: empty task item");
        run.Out.ShouldContain($"{path}:17: error G011: item id 'a' is already used at line 15");
        run.Out.ShouldContain($"{path}:16: error G010: task item has no id");
        run.Out.ShouldEndWith($"{path}: 3 error(s), 1 warning(s).\n");
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var dir = new TempDir();
        var path = dir.File("g.md");
        File.WriteAllText(path, Front + "## Step\n\nFirst:\n2. then this\n\n- [ ] A <!-- guide: id=a records=name -->\n");

        CliRun.Of("lint", path).Exit.ShouldBe(0);
        CliRun.Of("lint", path, "--strict").Exit.ShouldBe(1);
    }

    [Fact]
    public void A_missing_report_template_is_an_error()
    {
        using var dir = new TempDir();
        var path = dir.File("g.md");
        File.WriteAllText(path, Front.Replace("version: 1\n", "version: 1\nreport: gone.scriban\n", StringComparison.Ordinal) + "## S\n\n- [ ] A <!-- guide: id=a records=name -->\n");

        var run = CliRun.Of("lint", path);
        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("error G030: the report template 'gone.scriban' is not beside the guide");
    }

    [Fact]
    public void An_unreadable_file_is_bad_usage()
    {
        var run = CliRun.Of("lint", "/nonexistent/guide.md");
        run.Exit.ShouldBe(2);
        run.Error.ShouldStartWith("guide: cannot read /nonexistent/guide.md:");
    }
}
