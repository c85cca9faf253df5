namespace Guide.Core.Automation;

/// <summary>
/// What a long operation is doing now: the call in flight, or a wait before a retry (with when
/// it ends, so a view can count down without being told every second).
/// </summary>
public sealed record Activity(string Message, DateTimeOffset? WaitUntil = null);
