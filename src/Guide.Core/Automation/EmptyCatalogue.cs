namespace Guide.Core.Automation;

/// <summary>The offline catalogue: nothing is automated, so nothing can reach a network.</summary>
public sealed class EmptyCatalogue : IAutomationCatalogue
{
    public static EmptyCatalogue Instance { get; } = new();

    private EmptyCatalogue()
    {
    }

    public IAutomation? Find(string name) => null;
}
