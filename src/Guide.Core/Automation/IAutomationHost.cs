using Guide.Core.Proof;

namespace Guide.Core.Automation;

/// <summary>
/// What an automation may ask of the person, and of the run, while it works. The TUI answers
/// with dialogs, <c>guide apply</c> with flags and plain lines; automations never know which.
/// </summary>
public interface IAutomationHost
{
    /// <summary>Asks before a change to the tenant; false means leave it alone.</summary>
    Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken);

    /// <summary>Lets the person pick from a list (teams, a choice of ways on); null when they cancel.</summary>
    /// <param name="preselected">Options ticked to begin with.</param>
    Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple, CancellationToken cancellationToken);

    /// <summary>Asks for one line of text (masked when <paramref name="secret"/>); null when cancelled.</summary>
    Task<string?> AskAsync(string question, bool secret, CancellationToken cancellationToken);

    /// <summary>
    /// The administrator credentials that creating things needs: from HALO_ADMIN_* or the
    /// sandbox, else asked for once (masked); null when the person would rather do it by hand.
    /// </summary>
    Task<ClientCredentials?> AdminCredentialsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records values at once, before the automation goes on: a secret Halo shows only in the
    /// answer that creates it must survive a crash in the very next step.
    /// </summary>
    void Keep(IReadOnlyDictionary<string, string> values);

    /// <summary>
    /// Records facts at once, like <see cref="Keep"/>: what an automation is about to create, so
    /// that after a crash a resumed run knows what it made. The runner records them in the run;
    /// a host that only talks to a person need not do anything.
    /// </summary>
    void KeepFacts(IReadOnlyDictionary<string, string> facts)
    {
    }

    /// <summary>Shows what is happening now: the call in flight, or a retry wait to count down.</summary>
    void Progress(Activity activity);
}
