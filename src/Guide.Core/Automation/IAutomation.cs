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

    /// <summary>What it will do, in a sentence, shown before it runs.</summary>
    string Describe(AutomationRequest request);

    Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken);
}
