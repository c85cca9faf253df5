using Guide.Core.Automation;
using Guide.Core.Proof;

namespace Guide.Tui;

/// <summary>What the checklist needs from the host.</summary>
/// <param name="Automations">This mode's automations; offline, the empty catalogue.</param>
/// <param name="StatePath">Where the run is saved, shown in the help screen.</param>
/// <param name="AdminCredentials">
/// Administrator credentials known up front (HALO_ADMIN_* or the sandbox's); null to ask, masked,
/// the first time an automation needs them.
/// </param>
public sealed record TuiServices(IReportService Reports, IAutomationCatalogue Automations, string StatePath, ClientCredentials? AdminCredentials = null);
