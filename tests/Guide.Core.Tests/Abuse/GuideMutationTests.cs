using System.Text;
using Guide.Core.Parsing;
using Guide.Core.Tests.Support;

namespace Guide.Core.Tests.Abuse;

/// <summary>
/// The real guide mutated at random, a few hundred times from a fixed seed: each result is either
/// refused with errors that point at a line of the file, or a valid guide. Never an exception.
/// </summary>
public sealed class GuideMutationTests
{
    private const int Seed = 1203;
    private const int Mutations = 400;

    private static readonly string Original = Repo.ReadContent("liongard-halopsa.md");

    private static readonly string[] Fragments =
    [
        "- [ ]", "- [x] ", "  - [ ] ", "1. ", "3. ", "## ", "# ", "---", "<!--", "-->", "<!-- guide: id=", " records=", " automation=halo.",
        " checked-by=", " permission=a:b", "```", "> ", "|", "\t", "\u001b[31m", "\u200b", "\u202e", "\0", "\r", "key: ", "  - key: x\n    kind: url",
        "values:", "[", "]", "*", "_", "`", "\\", "é", "🙂", "\uFEFF",
    ];

    public static TheoryData<int> Batches() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Mutated_guides_are_refused_with_line_numbers_or_parse_cleanly(int batch)
    {
        var random = new Random(Seed + batch);
        for (var n = 0; n < Mutations / 8; n++)
        {
            var mutated = Mutate(Original, random, random.Next(1, 4));
            GuideParseResult result;
            try
            {
                result = GuideParser.Parse(mutated, "mutated.md");
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"the parser threw on mutation {batch}/{n}:\n{mutated}", ex);
            }

            var lines = mutated.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Length;
            result.Diagnostics.ShouldAllBe(d => d.Line >= 1 && d.Line <= lines + 1 && d.Message.Length > 0 && d.Source == "mutated.md");
            if (result.HasErrors)
                result.Guide.ShouldBeNull();
            else
                result.Guide.ShouldNotBeNull().Items.ShouldAllBe(i => i.Id.Length > 0);
        }
    }

    [Fact]
    public void Mutations_do_find_errors_so_the_check_above_means_something()
    {
        var random = new Random(Seed);
        var refused = Enumerable.Range(0, 100).Count(_ => GuideParser.Parse(Mutate(Original, random, 2), "m.md").HasErrors);
        refused.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void An_escape_sequence_in_a_guide_is_refused_at_its_line()
    {
        var lines = Original.Split('\n');
        lines[80] = lines[80] + "\u001b[2J";
        var result = GuideParser.Parse(string.Join('\n', lines), "g.md");
        result.Diagnostics.ShouldContain(d => d.Code == "G026" && d.Line == 81 && d.Message.Contains("escape character"));
        result.Guide.ShouldBeNull();
    }

    private static string Mutate(string text, Random random, int count)
    {
        var lines = text.Split('\n').ToList();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                    break;
                case 3:
                    lines[at] = Insert(lines[at], Fragments[random.Next(Fragments.Length)], random);
                    break;
                case 4:
                    lines[at] = lines[at].Length > 0 ? lines[at][..random.Next(lines[at].Length)] : lines[at];
                    break;
                case 5:
                    lines[at] = new string(' ', random.Next(0, 7)) + lines[at].TrimStart();
                    break;
                case 6:
                    lines[at] = lines[at].Replace("[ ]", random.Next(2) == 0 ? "[x]" : "[]", StringComparison.Ordinal);
                    break;
                default:
                    lines = [.. lines.Take(at)];
                    if (lines.Count == 0)
                        lines.Add("");
                    break;
            }
        }
        return string.Join('\n', lines);
    }

    private static string Insert(string line, string fragment, Random random)
    {
        var at = random.Next(line.Length + 1);
        return new StringBuilder(line).Insert(at, fragment).ToString();
    }
}
