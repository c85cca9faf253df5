using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Guide.Core.Automation;
using Guide.Core.Guides;

namespace Guide.Core.Parsing;

/// <summary>
/// Reads an item's trailing <c>&lt;!-- guide: id=... records=a,b automation=... checked-by=... --&gt;</c>
/// comment: invisible in any Markdown viewer, and kept on the item's own line.
/// </summary>
internal static partial class BindingComment
{
    private static readonly string[] Keys = ["id", "records", "automation", "checked-by", "permission"];

    [GeneratedRegex(@"<!--\s*guide:(?<body>.*?)-->", RegexOptions.Singleline)]
    public static partial Regex Pattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9_.-]+:[a-z0-9_.-]+$")]
    private static partial Regex PermissionPattern();

    public sealed record Parsed(string? Id, ItemBindings Bindings);

    public static Parsed Read(string body, int line, ImmutableArray<ValueDefinition> values, DiagnosticBag diagnostics)
    {
        string? id = null;
        string? automation = null;
        var records = ImmutableArray<string>.Empty;
        var checkedBy = ImmutableArray<string>.Empty;
        var noCheck = false;
        string? permission = null;

        foreach (var token in body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = token.IndexOf('=');
            var key = eq > 0 ? token[..eq] : token;
            var value = eq > 0 ? token[(eq + 1)..] : "";
            if (!Keys.Contains(key) || value.Length == 0)
            {
                diagnostics.Error(line, DiagnosticCodes.BindingInvalid,
                    $"'{token}' in the guide comment is not key=value with a key of {string.Join(", ", Keys)}");
                continue;
            }

            var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (key)
            {
                case "id":
                    if (IdPattern().IsMatch(value))
                        id = value;
                    else
                        diagnostics.Error(line, DiagnosticCodes.ItemIdInvalid, $"item id '{value}' must be lower case letters, digits, '.' and '-'");
                    break;
                case "records":
                    foreach (var k in list.Where(k => !values.Any(v => v.Key == k)))
                        diagnostics.Error(line, DiagnosticCodes.UnknownValueKey, $"records '{k}', which the front matter does not declare");
                    records = [.. list];
                    break;
                case "automation":
                    if (!AutomationNames.IsKnown(value))
                        diagnostics.Error(line, DiagnosticCodes.UnknownAutomation, $"unknown automation '{value}' (known: {string.Join(", ", AutomationNames.All)})");
                    automation = value;
                    break;
                case "checked-by":
                    noCheck = list.Contains(ProofCheckNames.None);
                    if (noCheck && list.Length > 1)
                        diagnostics.Error(line, DiagnosticCodes.UnknownProofCheck, "checked-by=none cannot be combined with check names");
                    foreach (var c in list.Where(c => c != ProofCheckNames.None && !ProofCheckNames.IsKnown(c)))
                        diagnostics.Error(line, DiagnosticCodes.UnknownProofCheck, $"unknown proof check '{c}' (known: {string.Join(", ", ProofCheckNames.All)}, or none)");
                    checkedBy = [.. list.Where(c => c != ProofCheckNames.None)];
                    break;
                case "permission":
                    if (PermissionPattern().IsMatch(value))
                        permission = value;
                    else
                        diagnostics.Error(line, DiagnosticCodes.BindingInvalid, $"permission '{value}' must be claim-type:value in lower case (for example tickets_access:read_modify)");
                    break;
            }
        }

        return new Parsed(id, new ItemBindings(records, automation, checkedBy, noCheck, permission));
    }
}
