using System.Collections.Immutable;
using System.Globalization;
using Guide.Core.Guides;
using Guide.Core.Runs;
using Guide.Core.Values;

namespace Guide.Core.Reports;

/// <summary>Builds the report model from a run: everything a template may show, escaped.</summary>
public static class ReportBuilder
{
    public const string Redacted = "(redacted)";
    private const string NotRecorded = "*not recorded*";
    private const string NotKnown = "*not known*";

    public static ReportModel Build(Run run, DateTimeOffset now, bool redactSecrets)
    {
        var guide = run.Guide;
        var state = run.State;
        var checks = run.Checks;
        var hosted = ValueValidator.IsHosted(guide.Values, run.Values);

        var values = guide.Values.Select(d => ToReportValue(d, checks[d.Key], redactSecrets)).ToList();
        var byKey = values.ToImmutableDictionary(v => v.Key);
        string Normalised(string key) => checks.GetValueOrDefault(key)?.Normalised ?? "";

        var warnings = new List<string>();
        foreach (var definition in guide.Values)
        {
            var check = checks[definition.Key];
            warnings.AddRange(check.Errors.Select(MarkdownEscaper.Text));
            warnings.AddRange(check.Warnings.Select(w => MarkdownEscaper.Text($"{definition.Label}: {w}")));
            if (check.IsMissing)
                warnings.Add(MarkdownEscaper.Text($"{definition.Label} is not recorded."));
        }
        foreach (var item in guide.Items.Where(i => run.StateOf(i.Id).Status == ItemStatus.Failed))
            warnings.Add($"{item.Text}: failed: {MarkdownEscaper.Text(run.StateOf(item.Id).Detail ?? "")}");
        foreach (var check in state.Checks.Where(c => c.Status != CheckStatus.Pass))
            warnings.Add(MarkdownEscaper.Text($"Proof check {check.Name}: {check.Detail}"));

        var openItems = guide.Items
            .Where(i => run.StateOf(i.Id).Status is ItemStatus.Open or ItemStatus.Failed)
            .Select(i => $"{i.Text} ({MarkdownEscaper.Text(guide.StepOf(i).Title)})")
            .ToList();

        var agentName = Fact(state, FactKeys.AgentName) ?? Normalised(HaloValueKeys.AgentName);
        var teams = Fact(state, FactKeys.AgentTeams) ?? Normalised(HaloValueKeys.Teams);
        var applicationName = Fact(state, FactKeys.ApplicationName) ?? Normalised(HaloValueKeys.ApplicationName);
        var agent = new ReportAgent(
            Show(agentName),
            ShowFact(state, FactKeys.AgentId),
            ShowFact(state, FactKeys.AgentApiOnly),
            Show(teams));
        var application = new ReportApplication(
            Show(applicationName),
            Fact(state, FactKeys.ApplicationLoginAs) is { } loginAs ? MarkdownEscaper.Code(loginAs) : Show(agentName),
            ShowFact(state, FactKeys.ApplicationScopes));

        var resourceServer = Normalised(HaloValueKeys.ResourceServer);
        var authorisationServer = Normalised(HaloValueKeys.AuthorisationServer);
        var tokenUrl = authorisationServer.Length == 0
            ? NotKnown
            : MarkdownEscaper.Code(HaloValueKeys.TokenUrl(authorisationServer, Normalised(HaloValueKeys.Tenant)));

        return new ReportModel(
            Title: MarkdownEscaper.Text(guide.Title),
            GuideId: guide.Id,
            GuideVersion: guide.Version,
            Generated: now.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Date: now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Mode: state.Mode.ToString().ToLowerInvariant(),
            Redacted: redactSecrets,
            Hosting: (hosted, Normalised(HaloValueKeys.Tenant)) switch
            {
                (true, _) => "hosted (a tenant is required)",
                (false, "") => "self-hosted (no tenant)",
                (false, var tenant) when string.Equals(tenant, Fact(state, FactKeys.DiscoveredTenant), StringComparison.OrdinalIgnoreCase) =>
                    $"not under halopsa.com, with the tenant {MarkdownEscaper.Code(tenant)} that its own /api/authinfo names",
                (false, var tenant) => $"self-hosted, with the tenant {MarkdownEscaper.Code(tenant)} recorded (self-hosted instances usually have none)",
                (null, _) => "not known (no address recorded)",
            },
            ApiBase: resourceServer.Length == 0 ? NotKnown : MarkdownEscaper.Code(resourceServer),
            TokenUrl: tokenUrl,
            Values: byKey,
            ValueList: values,
            Agent: agent,
            Application: application,
            ProofRan: !state.Checks.IsEmpty,
            Checks: [.. state.Checks.Select(c => new ReportCheck(c.Name, c.Status.ToString().ToLowerInvariant(), MarkdownEscaper.Text(c.Detail)))],
            Steps: [.. guide.Steps.Select(s => new ReportStep(MarkdownEscaper.Text(s.Title), [.. s.Items.Select(i => ToReportItem(i, run.StateOf(i.Id)))]))],
            Complete: run.CompleteCount,
            Total: run.TotalCount,
            HttpRequests: state.HttpRequests,
            Warnings: warnings,
            OpenItems: openItems,
            Notes: [.. state.Notes.Select(MarkdownEscaper.Text)],
            Mermaid: Diagram(agentName, teams, applicationName, Fact(state, FactKeys.ApplicationScopes)));
    }

    private static ReportValue ToReportValue(ValueDefinition definition, ValueCheck check, bool redact)
    {
        var problem = check.Errors.FirstOrDefault() ?? (check.IsMissing ? "required, not recorded" : "");
        var shown = check.Normalised switch
        {
            null => NotRecorded,
            _ when definition.IsSecret && redact => Redacted,
            var v => MarkdownEscaper.Code(v),
        };
        return new ReportValue(definition.Key, MarkdownEscaper.Text(definition.Label), shown, check.Normalised is not null,
            definition.IsSecret, MarkdownEscaper.Text(problem));
    }

    private static ReportItem ToReportItem(GuideItem item, ItemState state) => new(
        item.Id,
        state.Status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically ? "[x]" : "[ ]",
        item.Text,
        ItemStatusText.How(state.Status),
        state.At is { } at && state.Status != ItemStatus.Open
            ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : "",
        state.Status == ItemStatus.Open ? "" : MarkdownEscaper.Text(state.By ?? ""),
        MarkdownEscaper.Text(state.Reason ?? state.Detail ?? ""),
        item.Depth);

    private static string? Fact(RunState state, string key) => state.Facts.GetValueOrDefault(key);

    private static string ShowFact(RunState state, string key) =>
        Fact(state, key) is { } value ? MarkdownEscaper.Code(value) : NotKnown;

    private static string Show(string value) => value.Length == 0 ? NotRecorded : MarkdownEscaper.Code(value);

    private static string Diagram(string agent, string teams, string application, string? scopes)
    {
        static string Label(string prefix, string value) =>
            MarkdownEscaper.Mermaid(value.Length == 0 ? prefix : $"{prefix}: {value}");

        var lines = new List<string>
        {
            "flowchart LR",
            "  liongard[\"Liongard\"]",
            $"  app[\"{Label("Application", application)}<br/>{MarkdownEscaper.Mermaid(scopes ?? "scopes not confirmed")}\"]",
            $"  agent[\"{Label("Agent", agent)}\"]",
            "  liongard -->|Client ID and Secret| app",
            "  app -->|logs in as| agent",
        };
        var teamNames = teams.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < teamNames.Length; i++)
        {
            lines.Add($"  team{i + 1}[\"{Label("Team", teamNames[i])}\"]");
            lines.Add($"  agent -->|member of| team{i + 1}");
        }
        return string.Join('\n', lines);
    }
}
