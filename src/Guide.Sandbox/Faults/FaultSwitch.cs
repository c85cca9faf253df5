using System.Text;

namespace Guide.Sandbox.Faults;

/// <summary>
/// The faults armed on a running simulator. Tests switch them on and off while it runs; the
/// command line arms them at start (<see cref="SandboxOptions.Faults"/>). The first armed rule
/// that matches a request fires, once per request, until its count is used up.
/// </summary>
public sealed class FaultSwitch
{
    private readonly Lock gate = new();
    private readonly List<ArmedFault> armed = [];
    private int fired;

    internal FaultSwitch(IEnumerable<FaultRule> initial)
    {
        foreach (var rule in initial)
            Add(rule);
    }

    /// <summary>The fault names, in the order <see cref="Describe"/> lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = FaultNames.All.Select(f => f.Name).ToArray();

    /// <summary>A help text: the syntax and each fault with what it does.</summary>
    public static string Describe()
    {
        var text = new StringBuilder("Fault syntax: NAME[=SECONDS][:METHOD][:PATH][:COUNT] (COUNT a number or *, default 1)\n");
        foreach (var (_, name, description) in FaultNames.All)
            text.Append("  ").Append(name.PadRight(27)).Append(description).Append('\n');
        return text.ToString();
    }

    /// <summary>How many times any fault has fired so far.</summary>
    public int FiredCount => Volatile.Read(ref fired);

    /// <summary>The rules that can still fire, with their remaining counts.</summary>
    public IReadOnlyList<FaultRule> Pending
    {
        get
        {
            lock (gate)
                return armed.Select(a => a.Rule with { Count = a.Remaining }).ToArray();
        }
    }

    /// <summary>Arms a rule.</summary>
    public void Add(FaultRule rule)
    {
        lock (gate)
            armed.Add(new ArmedFault(rule));
    }

    /// <summary>Arms a rule of <paramref name="kind"/> with its defaults, changed by the optional arguments.</summary>
    public FaultRule Add(FaultKind kind, string? method = null, string? pathPrefix = null, int? count = 1, TimeSpan? seconds = null)
    {
        var rule = FaultRule.For(kind);
        rule = rule with
        {
            Method = method ?? rule.Method,
            PathPrefix = pathPrefix ?? rule.PathPrefix,
            Count = count,
            Seconds = seconds,
        };
        Add(rule);
        return rule;
    }

    /// <summary>Disarms every rule.</summary>
    public void Clear()
    {
        lock (gate)
            armed.Clear();
    }

    /// <summary>Fires the first armed rule of an accepted kind matching the request, if any.</summary>
    internal FaultRule? TryFire(string method, string path, Func<FaultKind, bool> accepts)
    {
        lock (gate)
        {
            var match = armed.Find(a => accepts(a.Rule.Kind) && a.Rule.Matches(method, path));
            if (match is null)
                return null;
            if (match.Remaining is { } remaining)
            {
                match.Remaining = remaining - 1;
                if (match.Remaining == 0)
                    armed.Remove(match);
            }
            fired++;
            return match.Rule;
        }
    }

    private sealed class ArmedFault(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; } = rule.Count;
    }
}
