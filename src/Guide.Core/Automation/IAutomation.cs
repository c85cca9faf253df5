namespace Guide.Core.Automation;

/// <summary>
/// One named automation of the catalogue. It performs (or checks) every item bound to its
/// name, asks the host before changing the tenant, reads back what it changed, and reports an
/// outcome; it never touches the run directly.
/// </summary>
public interface IAutomation
{
    string Name { get; }

    /// <summary>Whether running it changes anything in the tenant (and so must ask first).</summary>
    bool ChangesTenant { get; }

    /// <summary>
    /// The values its result stands for (a proof covers the addresses, credentials, agent and
    /// teams it proved): when one changes after it ran, or an automation before it in the guide
    /// changes HaloPSA, it is due again. Empty for automations whose result cannot go stale.
    /// </summary>
    IReadOnlyList<string> Covers => [];

    /// <summary>What it will do, in a sentence, shown before it runs.</summary>
    string Describe(AutomationRequest request);

    Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken);
}
