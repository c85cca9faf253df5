using Scriban.Runtime;

namespace Guide.Core.Reports;

/// <summary>
/// The report model as a template sees it: plain Scriban objects and arrays of strings, numbers
/// and booleans under the snake_case names content/README.md lists. Built by hand rather than
/// imported by reflection, so rendering needs no member lookup at run time and works in a
/// trimmed NativeAOT build; a name added to the model must be added here too.
/// </summary>
internal static class ReportGlobals
{
    public static ScriptObject From(ReportModel model) => Object(
        ("title", model.Title),
        ("guide_id", model.GuideId),
        ("guide_version", model.GuideVersion),
        ("generated", model.Generated),
        ("date", model.Date),
        ("mode", model.Mode),
        ("redacted", model.Redacted),
        ("hosting", model.Hosting),
        ("api_base", model.ApiBase),
        ("token_url", model.TokenUrl),
        ("values", Object([.. model.Values.Select(pair => (pair.Key, (object?)Value(pair.Value)))])),
        ("value_list", Array(model.ValueList, Value)),
        ("agent", Object(
            ("name", model.Agent.Name),
            ("id", model.Agent.Id),
            ("api_only", model.Agent.ApiOnly),
            ("teams", model.Agent.Teams))),
        ("application", Object(
            ("name", model.Application.Name),
            ("login_as", model.Application.LoginAs),
            ("scopes", model.Application.Scopes))),
        ("proof_ran", model.ProofRan),
        ("checks", Array(model.Checks, check => Object(
            ("name", check.Name),
            ("status", check.Status),
            ("detail", check.Detail)))),
        ("steps", Array(model.Steps, step => Object(
            ("title", step.Title),
            ("items", Array(step.Items, Item))))),
        ("complete", model.Complete),
        ("total", model.Total),
        ("http_requests", model.HttpRequests),
        ("warnings", Array(model.Warnings, text => text)),
        ("open_items", Array(model.OpenItems, text => text)),
        ("notes", Array(model.Notes, text => text)),
        ("mermaid", model.Mermaid));

    private static ScriptObject Value(ReportValue value) => Object(
        ("key", value.Key),
        ("label", value.Label),
        ("value", value.Value),
        ("recorded", value.Recorded),
        ("secret", value.Secret),
        ("problem", value.Problem));

    private static ScriptObject Item(ReportItem item) => Object(
        ("id", item.Id),
        ("box", item.Box),
        ("text", item.Text),
        ("how", item.How),
        ("when", item.When),
        ("by", item.By),
        ("note", item.Note),
        ("depth", item.Depth),
        ("indent", item.Indent));

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var result = new ScriptObject(members.Length);
        foreach (var (name, value) in members)
            result.SetValue(name, value, readOnly: true);
        return result;
    }

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object> convert)
    {
        var result = new ScriptArray();
        foreach (var item in items)
            result.Add(convert(item));
        return result;
    }
}
