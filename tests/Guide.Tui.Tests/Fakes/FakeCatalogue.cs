using Guide.Core.Automation;

namespace Guide.Tui.Tests.Fakes;

/// <summary>A mode's catalogue made of fakes; notes the order they were run in.</summary>
internal sealed class FakeCatalogue(params FakeAutomation[] automations) : IAutomationCatalogue
{
    public IAutomation? Find(string name) => automations.FirstOrDefault(a => a.Name == name);

    /// <summary>Names in the order their first run started.</summary>
    public IReadOnlyList<string> Order => [.. automations.Where(a => a.Runs > 0).OrderBy(a => a.FirstRun).Select(a => a.Name)];
}
