namespace Guide.Sandbox.Recording;

/// <summary>
/// The requests the simulator received, in order of completion; the oldest are dropped past
/// <see cref="Capacity"/>, so a long-running <c>guide sandbox</c> does not grow without bound.
/// </summary>
internal sealed class RequestLog
{
    public const int Capacity = 10_000;

    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
            return requests.ToArray();
    }

    public int Count
    {
        get
        {
            lock (gate)
                return requests.Count;
        }
    }

    public void Add(RecordedRequest request)
    {
        lock (gate)
        {
            if (requests.Count == Capacity)
                requests.RemoveAt(0);
            requests.Add(request);
        }
    }
}
