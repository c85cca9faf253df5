using Guide.Core.Automation;

namespace Guide.Tui.Automations;

/// <summary>What the message line says after an automation.</summary>
internal static class OutcomeText
{
    public static string For(string name, AutomationOutcome? outcome) => outcome switch
    {
        null => $"{name} was not run; nothing changed.",
        { Status: AutomationStatus.Done } => $"{name}: {outcome.Summary}",
        { Status: AutomationStatus.FellBack } =>
            $"{name} fell back: {outcome.Summary} The items marked fail went back to being done by hand.",
        { Status: AutomationStatus.Failed } =>
            $"{name} failed: {outcome.Summary} Its items went back to being done by hand.",
        _ => $"{name} cancelled: {outcome.Summary}",
    };

    /// <summary>
    /// An automation that threw instead of reporting an outcome. Only the kind of error is shown:
    /// an exception's message may quote a request, and a request may carry a secret.
    /// </summary>
    public static string Crashed(string name, Exception error) =>
        $"{name} stopped on an unexpected error ({error.GetType().Name}); nothing was recorded.";
}
