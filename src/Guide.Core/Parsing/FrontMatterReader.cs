using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Guide.Core.Guides;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guide.Core.Parsing;

/// <summary>
/// Reads the YAML front matter with YamlDotNet's node model (not reflection-based
/// deserialisation), so that every problem can name its line.
/// </summary>
internal static partial class FrontMatterReader
{
    private static readonly string[] GuideFields = ["id", "title", "version", "report", "values"];
    private static readonly string[] ValueFields = ["key", "label", "kind", "required", "default", "hint", "shape"];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ValueKeyPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex GuideIdPattern();

    /// <param name="yaml">The front matter text without its <c>---</c> fences.</param>
    /// <param name="firstLine">1-based line of the first YAML line in the file.</param>
    public static FrontMatter? Read(string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Error(firstLine, DiagnosticCodes.FrontMatterInvalid, "front matter must be a YAML mapping (key: value lines)");
                return null;
            }
            root = mapping;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(firstLine + (int)ex.Start.Line - 1, DiagnosticCodes.FrontMatterInvalid, $"front matter is not valid YAML: {FirstSentence(ex.Message)}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some malformed input, without a position.
            diagnostics.Error(firstLine, DiagnosticCodes.FrontMatterInvalid, "front matter is not valid YAML (check brackets and quotes)");
            return null;
        }

        int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!GuideFields.Contains(key.Value))
                diagnostics.Error(LineOf(key), DiagnosticCodes.FrontMatterField, $"unknown front matter field '{key.Value}' (known: {string.Join(", ", GuideFields)})");
        }

        string? Field(string name, bool required)
        {
            if (root.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { Length: > 0 } text })
                return text.Trim();
            if (required)
                diagnostics.Error(LineOf(root), DiagnosticCodes.FrontMatterField, $"front matter needs '{name}'");
            return null;
        }

        var id = Field("id", required: true);
        var title = Field("title", required: true);
        var version = Field("version", required: true);
        var report = Field("report", required: false);
        if (id is not null && !GuideIdPattern().IsMatch(id))
        {
            diagnostics.Error(LineOf(root), DiagnosticCodes.FrontMatterField, $"guide id '{id}' must be lower case letters, digits, '.' and '-'");
            id = null;
        }

        var values = ReadValues(root, LineOf, diagnostics);
        if (id is null || title is null || version is null)
            return null;
        return new FrontMatter(id, title, version, report, values);
    }

    private static ImmutableArray<ValueDefinition> ReadValues(YamlMappingNode root, Func<YamlNode, int> lineOf, DiagnosticBag diagnostics)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("values"), out var node))
            return [];
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(lineOf(node), DiagnosticCodes.ValueInvalid, "'values' must be a list of value declarations");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ValueDefinition>();
        foreach (var entry in sequence)
        {
            var value = ReadValue(entry, lineOf, diagnostics);
            if (value is null)
                continue;
            if (result.Any(v => v.Key == value.Key))
                diagnostics.Error(value.Line, DiagnosticCodes.ValueDuplicate, $"value '{value.Key}' is declared twice");
            else
                result.Add(value);
        }
        return result.ToImmutable();
    }

    private static ValueDefinition? ReadValue(YamlNode entry, Func<YamlNode, int> lineOf, DiagnosticBag diagnostics)
    {
        var line = lineOf(entry);
        if (entry is not YamlMappingNode map)
        {
            diagnostics.Error(line, DiagnosticCodes.ValueInvalid, "a value declaration must be a mapping with at least 'key' and 'kind'");
            return null;
        }

        foreach (var k in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!ValueFields.Contains(k.Value))
                diagnostics.Error(lineOf(k), DiagnosticCodes.ValueInvalid, $"unknown value field '{k.Value}' (known: {string.Join(", ", ValueFields)})");
        }

        string? Get(string name) =>
            map.Children.TryGetValue(new YamlScalarNode(name), out var n) && n is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
                ? s.Value.Trim()
                : null;

        var key = Get("key");
        if (key is null || !ValueKeyPattern().IsMatch(key))
        {
            diagnostics.Error(line, DiagnosticCodes.ValueInvalid, key is null
                ? "a value declaration needs a 'key'"
                : $"value key '{key}' must be lower case letters, digits and '_'");
            return null;
        }

        var ok = true;
        var kind = ParseEnum(Get("kind") ?? "text", ValueKind.Text, "kind", key, line, diagnostics, ref ok);
        var requirement = (Get("required") ?? "false") switch
        {
            "true" or "yes" => Requirement.Required,
            "false" or "no" => Requirement.Optional,
            "hosted" => Requirement.Hosted,
            var other => Invalid(other),
        };
        var shape = ParseEnum(Get("shape") ?? "any", UrlShape.Any, "shape", key, line, diagnostics, ref ok);
        if (shape != UrlShape.Any && kind != ValueKind.Url)
        {
            diagnostics.Error(line, DiagnosticCodes.ValueInvalid, $"value '{key}': 'shape' applies only to kind url");
            ok = false;
        }

        return ok ? new ValueDefinition(key, Get("label") ?? key, kind, requirement, Get("default"), Get("hint"), shape, line) : null;

        Requirement Invalid(string text)
        {
            diagnostics.Error(line, DiagnosticCodes.ValueInvalid, $"value '{key}': 'required' is '{text}'; use true, false or hosted");
            ok = false;
            return Requirement.Optional;
        }
    }

    private static T ParseEnum<T>(string text, T fallback, string field, string key, int line, DiagnosticBag diagnostics, ref bool ok)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
            return parsed;
        var known = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        diagnostics.Error(line, DiagnosticCodes.ValueInvalid, $"value '{key}': {field} '{text}' is not one of {known}");
        ok = false;
        return fallback;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
