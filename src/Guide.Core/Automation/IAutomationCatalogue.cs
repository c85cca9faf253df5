namespace Guide.Core.Automation;

/// <summary>The automations a run may use. Modes differ only in which catalogue they are given.</summary>
public interface IAutomationCatalogue
{
    IAutomation? Find(string name);
}
