using Guide.Core.Automation;
using Guide.Halo.Http;

namespace Guide.Halo.Automations;

/// <summary>The automations of the online modes, sharing one set of connections per run.</summary>
public sealed class HaloCatalogue : IAutomationCatalogue, IDisposable
{
    private readonly HaloSessions _sessions;
    private readonly Dictionary<string, IAutomation> _automations;

    public HaloCatalogue(HaloOptions options)
    {
        _sessions = new HaloSessions(options);
        IAutomation[] all =
        [
            new DiscoverAutomation(_sessions),
            new AgentAutomation(_sessions),
            new TeamsAutomation(_sessions),
            new ApplicationAutomation(_sessions),
            new ProofAutomation(_sessions),
            new WriteProofAutomation(_sessions, options.Clock),
        ];
        _automations = all.ToDictionary(a => a.Name);
    }

    /// <summary>HTTP requests made by all automations so far.</summary>
    public int Requests => _sessions.Requests;

    public IAutomation? Find(string name) => _automations.GetValueOrDefault(name) is { } automation ? new Relayed(automation, _sessions.Progress) : null;

    public void Dispose() => _sessions.Dispose();

    /// <summary>Points connection progress at the host of the automation running now.</summary>
    private sealed class Relayed(IAutomation inner, ProgressRelay relay) : IAutomation
    {
        public string Name => inner.Name;

        public bool ChangesTenant => inner.ChangesTenant;

        public IReadOnlyList<string> Covers => inner.Covers;

        public string Describe(AutomationRequest request) => inner.Describe(request);

        public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
        {
            relay.Host = host;
            try
            {
                return await inner.RunAsync(request, host, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                relay.Host = null;
            }
        }
    }
}
