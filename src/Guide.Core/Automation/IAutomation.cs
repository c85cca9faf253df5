using Guide.Core.Guides;

namespace Guide.Core.Automation;

/// <summary>One named automation of the catalogue, performing or checking one item.</summary>
public interface IAutomation
{
    string Name { get; }

    /// <summary>Whether running it changes anything in the tenant (and so must ask first).</summary>
    bool ChangesTenant { get; }

    /// <summary>What it will do, in a sentence, shown before it runs.</summary>
    string Describe(GuideItem item, IReadOnlyDictionary<string, string> values);

    /// <param name="values">The run's values, normalised.</param>
    Task<AutomationOutcome> RunAsync(GuideItem item, IReadOnlyDictionary<string, string> values, IAutomationHost host, CancellationToken cancellationToken);
}
