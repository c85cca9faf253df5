using Markdig.Syntax;

namespace Guide.Core.Parsing;

/// <summary>The guide's text split into lines, so blocks can be sliced back out losslessly.</summary>
internal sealed class SourceText
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                _lineStarts.Add(i + 1);
        }
    }

    public string Text => _text;

    /// <summary>0-based line holding the character at <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public string Line(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : _text.Length;
        return _text[start..end];
    }

    /// <summary>The whole lines a block covers, with their common indentation removed.</summary>
    public string Lines(Block block)
    {
        var first = block.Line;
        var last = LineOf(Math.Max(block.Span.End, block.Span.Start));
        var lines = Enumerable.Range(first, last - first + 1).Select(Line).ToList();
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' '))).TrimEnd();
    }

    /// <summary>The exact characters of a span (inclusive end, as Markdig spans are).</summary>
    public string Slice(SourceSpan span) =>
        span.IsEmpty || span.Start < 0 ? "" : _text.Substring(span.Start, Math.Min(span.End, _text.Length - 1) - span.Start + 1);
}
