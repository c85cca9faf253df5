using System.Collections.Concurrent;
using Terminal.Gui.App;

namespace Guide.Tui.Automations;

/// <summary>
/// Runs, on the UI thread, the dialogs an automation asks for from its own thread, one at a
/// time. They are started from the run loop's Iteration event rather than through
/// <see cref="IApplication.Invoke(Action)"/>: Terminal.Gui 2.5 runs invoked actions while holding
/// its timer lock, so a modal dialog opened from one makes every other thread's Invoke wait until
/// it closes (an automation reporting progress would hang on it). Iteration holds no lock.
/// </summary>
internal sealed class DialogQueue : IDisposable
{
    private readonly IApplication _app;
    private readonly ConcurrentQueue<Action> _pending = new();
    private bool _busy;

    public DialogQueue(IApplication app)
    {
        _app = app;
        _app.Iteration += OnIteration;
    }

    /// <summary>Queues <paramref name="action"/>; from any thread.</summary>
    public void Post(Action action) => _pending.Enqueue(action);

    public void Dispose() => _app.Iteration -= OnIteration;

    private void OnIteration(object? sender, EventArgs e)
    {
        // A dialog's own loop raises Iteration too: the next action waits until this one is done.
        if (_busy)
            return;
        _busy = true;
        try
        {
            while (_pending.TryDequeue(out var action))
                action();
        }
        finally
        {
            _busy = false;
        }
    }
}
