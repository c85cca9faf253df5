using Guide.Core.Automation;
using Guide.Core.Runs;

namespace Guide.Halo.Automations;

/// <summary>Gathers what an automation found and did, item by item, into one outcome.</summary>
internal sealed class OutcomeBuilder
{
    private readonly Dictionary<string, ItemOutcome> _items = [];
    private readonly Dictionary<string, string> _values = [];
    private readonly Dictionary<string, string> _facts = [];
    private readonly List<ProofCheckResult> _checks = [];

    public OutcomeBuilder Item(string id, ItemOutcome outcome)
    {
        _items[id] = outcome;
        return this;
    }

    public OutcomeBuilder Value(string key, string value)
    {
        _values[key] = value;
        return this;
    }

    public OutcomeBuilder Fact(string key, string value)
    {
        _facts[key] = value;
        return this;
    }

    public OutcomeBuilder Checks(IEnumerable<ProofCheckResult> checks)
    {
        _checks.AddRange(checks);
        return this;
    }

    public AutomationOutcome Build(AutomationStatus status, string summary, int requests, Problem? problem = null) =>
        new(status, summary, _items, _values, _facts, _checks, problem, requests);
}
