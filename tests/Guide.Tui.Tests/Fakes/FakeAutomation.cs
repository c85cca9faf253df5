using System.Collections.Concurrent;
using Guide.Core.Automation;

namespace Guide.Tui.Tests.Fakes;

/// <summary>An automation whose work is a lambda; it notes the threads it ran on and whether it was cancelled.</summary>
internal sealed class FakeAutomation(string name, Func<AutomationRequest, IAutomationHost, CancellationToken, Task<AutomationOutcome>> body, string? description = null) : IAutomation
{
    public string Name => name;

    public bool ChangesTenant => true;

    public int Runs => _runs;

    /// <summary>Managed thread ids seen at the start and wherever the body calls <see cref="Here"/>.</summary>
    public ConcurrentBag<int> Threads { get; } = [];

    public bool SawCancellation { get; private set; }

    /// <summary>When its first run started, on a process-wide count: tests compare these for order.</summary>
    public long FirstRun { get; private set; }

    private static long s_sequence;
    private int _runs;

    public string Describe(AutomationRequest request) => description ?? $"Fake {name} will do {request.Items.Count} items.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _runs) == 1)
            FirstRun = Interlocked.Increment(ref s_sequence);
        Here();
        try
        {
            var outcome = await body(request, host, cancellationToken).ConfigureAwait(false);
            Here();
            return outcome;
        }
        catch (OperationCanceledException)
        {
            SawCancellation = true;
            Here();
            throw;
        }
    }

    public void Here() => Threads.Add(Environment.CurrentManagedThreadId);
}
