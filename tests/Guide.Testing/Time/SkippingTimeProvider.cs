namespace Guide.Testing.Time;

/// <summary>
/// A clock on which every wait ends at once: a timer fires immediately and the clock jumps by
/// its due time. Code that backs off for a minute takes microseconds, and the waits it asked
/// for are recorded for the test to check.
/// </summary>
public sealed class SkippingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = start;

    public SkippingTimeProvider()
        : this(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every wait asked for so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
                return [.. _waits];
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
            _now += by;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
            return new FiredTimer();
        if (dueTime > TimeSpan.Zero)
        {
            lock (_lock)
            {
                _waits.Add(dueTime);
                _now += dueTime;
            }
        }
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
