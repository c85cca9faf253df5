using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Tui.Dialogs;
using Terminal.Gui.App;

namespace Guide.Tui.Automations;

/// <summary>
/// Answers an automation's questions with dialogs. The automation runs on a background task;
/// every question is handed to the UI thread (through the <see cref="DialogQueue"/>) and answered
/// through a <see cref="TaskCompletionSource{T}"/>, so the automation awaits while the run loop
/// keeps drawing. One host serves a whole session, so administrator credentials typed once are
/// not asked for again.
/// </summary>
internal sealed class TuiAutomationHost(IApplication app, ClientCredentials? knownAdmin) : IAutomationHost, IDisposable
{
    private readonly DialogQueue _dialogs = new(app);

    // Written on the UI thread only (inside OnUi); read from the automation's thread.
    private ClientCredentials? _admin = knownAdmin;

    // A "by hand, please" at the prompt holds for the rest of one A or G, not for the session:
    // a G across three automations asks once, and a later A may ask again.
    private bool _adminDeclined;

    /// <summary>The running dialog that shows <see cref="Progress"/>; set and read on the UI thread.</summary>
    public RunningDialog? ProgressView { get; set; }

    /// <summary>Called on the UI thread when the person starts an action (A, G or the start-up offer).</summary>
    public void BeginAction() => _adminDeclined = false;

    public Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken) =>
        OnUi(cancellationToken, () => ConfirmDialog.Ask(app, "Go ahead?", question, "_Yes", "_No"));

    public Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple, CancellationToken cancellationToken) =>
        OnUi(cancellationToken, () => PickDialog.Ask(app, title, options, preselected, multiple));

    public Task<string?> AskAsync(string question, bool secret, CancellationToken cancellationToken) =>
        OnUi(cancellationToken, () => AskDialog.Ask(app, question, secret));

    public Task<ClientCredentials?> AdminCredentialsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _admin) is { } known)
            return Task.FromResult<ClientCredentials?>(known);
        return OnUi(cancellationToken, () =>
        {
            if (_admin is null && !_adminDeclined)
            {
                // Kept in this object only: never in the run state, the report or on screen.
                Volatile.Write(ref _admin, AdminCredentialsDialog.Ask(app));
                _adminDeclined = _admin is null;
            }
            return _admin;
        });
    }

    /// <summary>Nothing to do here: the runner saved the values, and the run's Changed event redraws the window.</summary>
    public void Keep(IReadOnlyDictionary<string, string> values)
    {
    }

    public void Progress(Activity activity) => _dialogs.Post(() => ProgressView?.ShowActivity(activity));

    public void Dispose() => _dialogs.Dispose();

    /// <summary>
    /// Runs <paramref name="ask"/> on the UI thread (a modal dialog there runs a nested loop, so
    /// drawing goes on) and completes the task with its answer. Cancelling the token completes it
    /// at once as cancelled; a dialog not yet shown is then never shown.
    /// </summary>
    private Task<T> OnUi<T>(CancellationToken cancellationToken, Func<T> ask)
    {
        // Continuations run asynchronously: the automation must never carry on on the UI thread.
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        _dialogs.Post(() =>
        {
            try
            {
                if (cancellationToken.IsCancellationRequested)
                    return;
                var result = ask();
                // Cancelled while the dialog was open (Ctrl+C closes it): that is no answer at all.
                if (cancellationToken.IsCancellationRequested)
                    answer.TrySetCanceled(cancellationToken);
                else
                    answer.TrySetResult(result);
            }
            catch (Exception ex)
            {
                // The automation learns of it, and so does the UI: a dialog's failure is not the automation's to hide.
                answer.TrySetException(ex);
                throw;
            }
            finally
            {
                registration.Dispose();
            }
        });
        return answer.Task;
    }
}
