using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Guide.Core.Guides;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Guide.Core.Parsing;

/// <summary>
/// Turns a guide's Markdown into a <see cref="GuideDocument"/>. Headings of level 2 are steps,
/// task-list entries are items, and prose between them is help. Pure: text in, model out.
/// </summary>
public static partial class GuideParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseTaskLists()
        .UsePreciseSourceLocation()
        .Build();

    [GeneratedRegex(@"^\s{0,3}\d{1,9}[.)][ \t]+\S")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\s*\[[ xX]\][ \t]*")]
    private static partial Regex TaskMarker();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s*(<!--.*?-->)?\s*$", RegexOptions.Singleline)]
    private static partial Regex EmptyTask();

    /// <param name="text">The guide's Markdown.</param>
    /// <param name="source">The name diagnostics use for it (usually its path).</param>
    public static GuideParseResult Parse(string text, string source)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        var diagnostics = new DiagnosticBag(source);
        CheckCharacters(text, diagnostics);
        var walker = new Walker(new SourceText(text), diagnostics);
        var document = Markdown.Parse(text, Pipeline);

        var yaml = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        FrontMatter? front = null;
        if (yaml is null)
            diagnostics.Error(1, DiagnosticCodes.FrontMatterMissing, "the guide must start with front matter between '---' lines (id, title, version, values)");
        else
            front = FrontMatterReader.Read(yaml.Lines.ToString(), yaml.Line + 2, diagnostics);

        walker.Values = front?.Values ?? [];
        walker.Walk(document);
        CheckNumberedLines(document, walker.Text, diagnostics);

        var steps = walker.BuildSteps();
        if (front is not null)
            CheckValuesRecorded(front.Values, steps, diagnostics);
        if (front is null || diagnostics.HasErrors)
            return new GuideParseResult(null, diagnostics.ToImmutable());

        var guide = new GuideDocument(front.Id, front.Title, front.Version, front.ReportTemplate, source,
            walker.Introduction, front.Values, steps);
        return new GuideParseResult(guide, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Case H14: a numbered line inside a paragraph (a list not starting at 1 cannot interrupt
    /// one) reads like a step but is not; say so rather than let the step vanish into prose.
    /// </summary>
    private static void CheckNumberedLines(MarkdownDocument document, SourceText text, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var last = text.LineOf(paragraph.Span.End);
            for (var line = paragraph.Line + 1; line <= last; line++)
            {
                if (NumberedLine().IsMatch(text.Line(line)))
                {
                    diagnostics.Warning(line + 1, DiagnosticCodes.LooksLikeStep,
                        "this line looks like a numbered step, but Markdown reads it as part of the paragraph above; " +
                        "put a blank line before it, or make it a task item");
                }
            }
        }
    }

    /// <summary>
    /// A guide's words reach the terminal: an escape or an invisible character in them could
    /// recolour, move or reorder what the person reads. Tabs are Markdown's own.
    /// </summary>
    private static void CheckCharacters(string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Values.TextSafety.FindUnsafe(lines[i].Replace('\t', ' ')) is { } bad)
            {
                diagnostics.Error(i + 1, DiagnosticCodes.UnsafeCharacter,
                    $"the line contains {Values.TextSafety.Describe(bad.Rune)} at column {bad.Index + 1}; a guide may hold only visible text");
            }
        }
    }

    private static void CheckValuesRecorded(ImmutableArray<ValueDefinition> values, ImmutableArray<GuideStep> steps, DiagnosticBag diagnostics)
    {
        var items = steps.SelectMany(s => s.Items).ToList();
        foreach (var value in values.Where(v => !items.Any(i => i.Bindings.Records.Contains(v.Key))))
            diagnostics.Warning(value.Line, DiagnosticCodes.ValueNeverRecorded, $"value '{value.Key}' is declared but no item records it");
    }

    /// <summary>Walks the block tree once, in reading order, collecting steps and items.</summary>
    private sealed class Walker(SourceText text, DiagnosticBag diagnostics)
    {
        private readonly StringBuilder _introduction = new();
        private readonly List<(string Title, int Line, StringBuilder Intro, List<ItemDraft> Items)> _steps = [];
        private readonly Dictionary<string, int> _ids = [];
        private ItemDraft? _lastItem;

        public SourceText Text => text;

        public ImmutableArray<ValueDefinition> Values { get; set; } = [];

        public string Introduction => _introduction.ToString();

        public void Walk(MarkdownDocument document)
        {
            foreach (var block in document)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock:
                        break;
                    case HeadingBlock { Level: 1 }:
                        break;
                    case HeadingBlock { Level: 2 } heading:
                        _steps.Add((text.Slice(heading.Span).TrimStart('#').Trim(), heading.Line + 1, new StringBuilder(), []));
                        _lastItem = null;
                        break;
                    case ListBlock list:
                        WalkList(list, depth: 0, parent: null);
                        break;
                    default:
                        AddProse(text.Lines(block));
                        break;
                }
            }
            if (_steps.Count == 0)
                diagnostics.Error(1, DiagnosticCodes.NoSteps, "the guide has no steps: each step is a '## ' heading with task items under it");
            foreach (var step in _steps.Where(s => s.Items.Count == 0))
                diagnostics.Warning(step.Line, DiagnosticCodes.StepWithoutItems, $"step '{step.Title}' has no task items");
        }

        public ImmutableArray<GuideStep> BuildSteps() =>
            [.. _steps.Select(s => new GuideStep(s.Title, s.Intro.ToString(), s.Line, [.. s.Items.Select(i => i.Build())]))];

        private void AddProse(string markdown)
        {
            if (_lastItem is not null)
            {
                _lastItem.AddHelp(markdown);
                return;
            }
            var target = _steps.Count > 0 ? _steps[^1].Intro : _introduction;
            if (target.Length > 0)
                target.Append("\n\n");
            target.Append(markdown);
        }

        private void WalkList(ListBlock list, int depth, ItemDraft? parent)
        {
            var hasTasks = list.OfType<ListItemBlock>().Any(IsTask);
            foreach (var entry in list.OfType<ListItemBlock>())
            {
                if (IsTask(entry))
                {
                    WalkItem(entry, depth, parent);
                    continue;
                }

                if (hasTasks)
                {
                    diagnostics.Warning(entry.Line + 1, DiagnosticCodes.NotATask,
                        "this list entry has no '[ ]' box, so it is not a checklist item; it is shown as help text of the item above");
                }
                var nested = entry.OfType<ListBlock>().Where(ContainsTasks).ToList();
                if (nested.Count == 0)
                {
                    // A whole non-task list stays one piece of prose; a lone entry among tasks is its own.
                    if (!hasTasks && entry == list.First())
                        AddProse(text.Lines(list));
                    else if (hasTasks)
                        AddProse(text.Lines(entry));
                    continue;
                }
                foreach (var child in entry)
                {
                    if (child is ListBlock l && ContainsTasks(l))
                        WalkList(l, depth, parent);
                    else
                        AddProse(text.Lines(child));
                }
            }
        }

        private void WalkItem(ListItemBlock entry, int depth, ItemDraft? parent)
        {
            var paragraph = (ParagraphBlock)entry[0];
            var line = entry.Line + 1;
            var raw = text.Slice(paragraph.Span);
            var ticked = paragraph.Inline?.FirstChild is TaskList { Checked: true };
            if (ticked)
                diagnostics.Warning(line, DiagnosticCodes.PreTicked, "this item is ticked in the guide; checklists always start open, so use '[ ]'");

            var comment = BindingComment.Pattern().Match(raw);
            var itemText = BindingComment.Pattern().Replace(TaskMarker().Replace(raw, ""), "");
            itemText = string.Join(' ', itemText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim();
            if (itemText.Length == 0)
                diagnostics.Error(line, DiagnosticCodes.ItemEmpty, "empty task item: write what to do after '[ ]'");

            var parsed = comment.Success
                ? BindingComment.Read(comment.Groups["body"].Value, line, Values, diagnostics)
                : null;
            var id = parsed?.Id;
            if (id is null && parsed is null)
                diagnostics.Error(line, DiagnosticCodes.ItemWithoutId, "task item has no id: end its line with <!-- guide: id=some.id -->");
            else if (id is null && !comment.Groups["body"].Value.Contains("id=", StringComparison.Ordinal))
                diagnostics.Error(line, DiagnosticCodes.ItemWithoutId, "the item's guide comment has no id=");
            if (id is not null && !_ids.TryAdd(id, line))
            {
                diagnostics.Error(line, DiagnosticCodes.ItemIdDuplicate, $"item id '{id}' is already used at line {_ids[id]}");
                id = null;
            }
            if (_steps.Count == 0)
                diagnostics.Error(line, DiagnosticCodes.ItemOutsideStep, "task item before the first step: put it under a '## ' heading");

            var draft = new ItemDraft(id ?? $"line-{line}", itemText, line, depth, parent?.Id, parsed?.Bindings ?? ItemBindings.None);
            if (_steps.Count > 0)
                _steps[^1].Items.Add(draft);
            _lastItem = draft;

            foreach (var child in entry.Skip(1))
            {
                if (child is ListBlock nested && ContainsTasks(nested))
                    WalkList(nested, depth + 1, draft);
                else
                    draft.AddHelp(text.Lines(child));
            }
            _lastItem = draft;
        }

        private bool IsTask(ListItemBlock entry)
        {
            if (entry.Count == 0 || entry[0] is not ParagraphBlock paragraph)
                return false;
            if (paragraph.Inline?.FirstChild is TaskList)
                return true;
            // Markdig does not make "[ ]" with nothing after it a task; it is still meant as one.
            return EmptyTask().IsMatch(text.Slice(paragraph.Span));
        }

        private bool ContainsTasks(ListBlock list) =>
            list.OfType<ListItemBlock>().Any(e => IsTask(e) || e.OfType<ListBlock>().Any(ContainsTasks));
    }
}
