using System.Text;
using Guide.Core.Values;

namespace Guide.Core.Reports;

/// <summary>
/// Makes recorded values safe to place in Markdown. Scriban never escapes, so every value goes
/// through here before a template sees it: a name holding <c>|</c>, a backtick, HTML, an entity
/// or a leading <c>#</c> can neither break a table nor inject markup.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Characters that mean something anywhere in a line.</summary>
    private const string Inline = "\\`*_[]<>|~";

    /// <summary>Characters that mean something only at the start of a line (headings, lists, quotes).</summary>
    private const string Leading = "#-+>=!";

    /// <summary>
    /// A code span that shows the value exactly and copies exactly (no backslashes), and is safe
    /// inside a table cell.
    /// </summary>
    public static string Code(string value)
    {
        var text = OneLine(value);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || (text.StartsWith(' ') && text.EndsWith(' ')) ? " " : "";
        // GitHub tables split cells on '|' even inside code spans; '\|' keeps it in the cell.
        return fence + pad + text.Replace("|", "\\|", StringComparison.Ordinal) + pad + fence;
    }

    /// <summary>Plain text for prose or a table cell, every Markdown-significant character escaped.</summary>
    public static string Text(string value)
    {
        var text = OneLine(value);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A plain '&' stays readable in the raw Markdown; only one that would start an entity
            // or character reference ("&copy;", "&#169;") is escaped, so it shows as typed.
            if (c == '&' && StartsReference(text, i))
                builder.Append("\\&");
            else if (Inline.Contains(c, StringComparison.Ordinal) || (i == 0 && Leading.Contains(c, StringComparison.Ordinal)))
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }
        // "1. x" at the start of a line would become a list; escape the dot after leading digits.
        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
            digits++;
        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
            builder.Insert(digits, '\\');
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has an entity or character reference (<c>&amp;name;</c>, <c>&amp;#123;</c>, <c>&amp;#x1F;</c>) at <paramref name="at"/>.</summary>
    private static bool StartsReference(string text, int at)
    {
        var i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            if (hex)
                i++;
            var start = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
                i++;
            return i > start && i - start <= (hex ? 6 : 7) && i < text.Length && text[i] == ';';
        }
        var nameStart = i;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            return false;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            i++;
        return i - nameStart <= 32 && i < text.Length && text[i] == ';';
    }

    /// <summary>A label inside a Mermaid node's quotes: Mermaid's own entity codes, no markup.</summary>
    public static string Mermaid(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in OneLine(value))
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '#' => "#35;",
                '&' => "#amp;",
                '`' => "#96;",
                '|' => "#124;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static string OneLine(string value) =>
        TextSafety.Neutralise(value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
}
