using Guide.Core.Parsing;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Parsing;

public sealed class GuideParserTests
{
    private static GuideParseResult Parse(string body) => GuideParser.Parse(SampleGuides.With(body), "g.md");

    private static string Lines(GuideParseResult r) => string.Join("\n", r.Diagnostics);

    /// <summary>Diagnostics other than "value never recorded", which the shared front matter causes.</summary>
    private static List<GuideDiagnostic> Relevant(GuideParseResult r) => [.. r.Diagnostics.Where(d => d.Code != "G024")];

    [Fact]
    public void Sample_guide_matches_its_golden_file()
    {
        var result = Parse("""
            # Title

            Before anything.

            ## First step

            Step prose.

            - [ ] Do one thing. <!-- guide: id=one records=name -->

              Help for one.

              - [ ] A nested thing. <!-- guide: id=one.a -->
              - [ ] Another nested. <!-- guide: id=one.b checked-by=none -->

              More help for one.

            - [ ] Do two,
              over two lines. <!-- guide: id=two automation=halo.proof checked-by=token,scopes -->

            Prose after two belongs to two.

            ```
            code too
            ```

            ## Second step

            - [X] Upper-case X counts as a task too. <!-- guide: id=three records=address -->
            """);

        Golden.Match(Lines(result) + "\n---\n" + GuideDump.Of(result.Guide!), "sample.guide.txt");
    }

    [Fact]
    public void H14_numbered_line_inside_a_paragraph_is_reported_with_its_line()
    {
        var result = Parse("""
            ## Step

            Before you start:
            3. Open Configuration

            - [ ] Item <!-- guide: id=a -->
            """);

        var warning = Relevant(result).ShouldHaveSingleItem();
        warning.Line.ShouldBe(17);
        warning.IsError.ShouldBeFalse();
        warning.Code.ShouldBe("G020");
        warning.ToString().ShouldStartWith("g.md:17: warning G020:");
        result.Guide.ShouldNotBeNull();
    }

    [Fact]
    public void H14_numbered_list_not_starting_at_one_after_an_item_is_kept_as_its_help()
    {
        var result = Parse("""
            ## Step

            - [ ] Item <!-- guide: id=a -->
            2. Then the next thing
            """);

        Relevant(result).ShouldBeEmpty(Lines(result));
        result.Guide!.FindItem("a")!.Help.ShouldBe("2. Then the next thing");
    }

    [Fact]
    public void H14_a_real_list_starting_at_one_is_not_reported()
    {
        var result = Parse("""
            ## Step

            - [ ] Item <!-- guide: id=a -->

              Do this:
              1. Open it
              2. Close it
            """);

        Relevant(result).ShouldBeEmpty(Lines(result));
        result.Guide!.FindItem("a")!.Help.ShouldContain("1. Open it\n2. Close it");
    }

    [Fact]
    public void H15_empty_task_item_is_an_error()
    {
        var result = Parse("""
            ## Step

            - [ ] Item <!-- guide: id=a -->
            - [ ]
            - [ ] <!-- guide: id=c -->
            """);

        result.HasErrors.ShouldBeTrue();
        result.Guide.ShouldBeNull();
        result.Diagnostics.Where(d => d.Code == "G013").Select(d => d.Line).ShouldBe([17, 18], Lines(result));
    }

    [Fact]
    public void H15_nested_task_items_follow_commonmark_nesting()
    {
        var result = Parse("""
            ## Step

            - [ ] Parent <!-- guide: id=p -->
              - [ ] Child <!-- guide: id=p.c -->
                - [ ] Grandchild <!-- guide: id=p.c.g -->
            - [ ] Sibling <!-- guide: id=s -->
            """);

        Relevant(result).ShouldBeEmpty(Lines(result));
        var items = result.Guide!.Items;
        items.Select(i => (i.Id, i.Depth, i.ParentId)).ShouldBe([("p", 0, null), ("p.c", 1, "p"), ("p.c.g", 2, "p.c"), ("s", 0, null)]);
    }

    [Fact]
    public void H15_a_box_in_the_middle_of_the_text_does_not_make_a_task()
    {
        var result = Parse("""
            ## Step

            - [ ] Real task <!-- guide: id=a -->
            - Tick [x] when done
            """);

        result.Guide!.Items.Select(i => i.Id).ShouldBe(["a"]);
        result.Diagnostics.ShouldContain(d => d.Code == "G021" && d.Line == 17);
        result.Guide.FindItem("a")!.Help.ShouldContain("Tick [x] when done");
    }

    [Fact]
    public void Duplicate_ids_are_errors_naming_both_lines()
    {
        var result = Parse("""
            ## Step

            - [ ] One <!-- guide: id=same -->
            - [ ] Two <!-- guide: id=same -->
            """);

        var error = Relevant(result).ShouldHaveSingleItem();
        error.ToString().ShouldBe("g.md:17: error G011: item id 'same' is already used at line 16");
    }

    [Theory]
    [InlineData("- [ ] No id", "G010", "has no id")]
    [InlineData("- [ ] Bad <!-- guide: records=name -->", "G010", "no id=")]
    [InlineData("- [ ] Bad <!-- guide: id=Upper -->", "G012", "lower case")]
    [InlineData("- [ ] Bad <!-- guide: id=App.New records=name -->", "G012", "lower case")]
    [InlineData("- [ ] Bad <!-- guide: id=a records=nope -->", "G015", "'nope'")]
    [InlineData("- [ ] Bad <!-- guide: id=a automation=halo.magic -->", "G016", "halo.magic")]
    [InlineData("- [ ] Bad <!-- guide: id=a checked-by=vibes -->", "G017", "vibes")]
    [InlineData("- [ ] Bad <!-- guide: id=a checked-by=none,token -->", "G017", "cannot be combined")]
    [InlineData("- [ ] Bad <!-- guide: id=a colour=red -->", "G014", "colour=red")]
    [InlineData("- [ ] Bad <!-- guide: id=a permission=Tickets -->", "G014", "claim-type:value")]
    public void Binding_problems_are_errors_on_the_item_line(string line, string code, string words)
    {
        var result = Parse("## Step\n\n" + line + "\n");

        var error = result.Diagnostics.First(d => d.IsError);
        (error.Code, error.Line).ShouldBe((code, 16), Lines(result));
        error.Message.ShouldContain(words);
    }

    [Fact]
    public void An_invalid_id_is_one_error_not_two()
    {
        var result = Parse("## Step\n\n- [ ] Bad <!-- guide: id=App.New records=name -->\n");
        result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).ShouldBe(["G012"]);
    }

    [Fact]
    public void A_value_no_item_records_is_reported_even_when_there_are_errors()
    {
        var result = Parse("## Step\n\n- [ ] One <!-- guide: id=one records=name -->\n- [ ]\n");
        result.Diagnostics.Select(d => d.Code).ShouldBe(["G024", "G013", "G010"], ignoreOrder: true);
    }

    [Fact]
    public void Items_before_the_first_step_are_errors()
    {
        var result = Parse("- [ ] Early <!-- guide: id=a -->\n\n## Step\n\n- [ ] Late <!-- guide: id=b -->\n");

        result.Diagnostics.ShouldContain(d => d.Code == "G018" && d.Line == 14);
    }

    [Fact]
    public void A_guide_without_front_matter_is_refused_at_line_one()
    {
        var result = GuideParser.Parse("## Step\n\n- [ ] A <!-- guide: id=a -->\n", "x.md");

        result.Diagnostics.ShouldContain(d => d.ToString() == "x.md:1: error G001: the guide must start with front matter between '---' lines (id, title, version, values)");
    }

    [Theory]
    [InlineData("id: ok\ntitle: t\nversion: 1\nvalues:\n  - key: a\n    kind: colour\n", 6, "kind 'colour'")]
    [InlineData("id: ok\ntitle: t\nversion: 1\nvalues:\n  - key: a\n  - key: a\n", 7, "declared twice")]
    [InlineData("id: ok\ntitle: t\nversion: 1\nvalues:\n  - key: a\n    required: maybe\n", 6, "'maybe'")]
    [InlineData("id: ok\ntitle: t\nversion: 1\nvalues:\n  - key: a\n    shape: api\n", 6, "only to kind url")]
    [InlineData("id: ok\ntitle: t\nversion: 1\nauthor: me\n", 5, "unknown front matter field 'author'")]
    [InlineData("id: ok\ntitle: [unclosed\nversion: 1\n", 2, "not valid YAML")]
    [InlineData("id: ok\ntitle: \"unclosed\nversion: 1\n", 3, "not valid YAML")]
    [InlineData("id: ok\n  bad indent: x\n", 3, "not valid YAML")]
    [InlineData("title: t\nversion: 1\n", 2, "needs 'id'")]
    public void Front_matter_problems_name_their_line(string yaml, int line, string words)
    {
        var result = GuideParser.Parse($"---\n{yaml}---\n\n## S\n\n- [ ] A <!-- guide: id=a -->\n", "f.md");

        result.Diagnostics.ShouldContain(d => d.IsError && d.Line == line && d.Message.Contains(words), Lines(result));
    }

    [Fact]
    public void Crlf_line_endings_parse_like_lf()
    {
        var text = SampleGuides.With("## Step\n\n- [ ] One <!-- guide: id=one -->\n  Help.\n");
        var lf = GuideParser.Parse(text, "g.md");
        var crlf = GuideParser.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal), "g.md");

        GuideDump.Of(crlf.Guide!).ShouldBe(GuideDump.Of(lf.Guide!));
    }

    [Fact]
    public void A_declared_value_no_item_records_is_a_warning()
    {
        var result = Parse("## Step\n\n- [ ] One <!-- guide: id=one records=name -->\n");

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Line, warning.IsError).ShouldBe(("G024", 10, false));
    }
}
