using Guide.Core.Automation;

namespace Guide.Tui;

/// <summary>What the checklist needs from the host.</summary>
/// <param name="StatePath">Where the run is saved, shown in the help screen.</param>
public sealed record TuiServices(IReportService Reports, IAutomationCatalogue Automations, string StatePath);
