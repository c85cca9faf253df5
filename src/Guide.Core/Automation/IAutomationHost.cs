namespace Guide.Core.Automation;

/// <summary>
/// What an automation may ask of the person running it. The TUI answers with dialogs,
/// <c>guide apply</c> with flags and plain lines; automations never know which.
/// </summary>
public interface IAutomationHost
{
    /// <summary>Asks before a change to the tenant; false means leave it alone.</summary>
    Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken);

    /// <summary>Lets the person pick from a live list; null when they cancel.</summary>
    Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, bool multiple, CancellationToken cancellationToken);

    /// <summary>Shows what is happening now: the call in flight, or a retry wait to count down.</summary>
    void Progress(Activity activity);
}
