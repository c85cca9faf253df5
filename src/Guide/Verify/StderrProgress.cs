using Guide.Core.Automation;

namespace Guide.Verify;

/// <summary>Shows waits on standard error as they start (a retry, a rate limit), never the calls' details.</summary>
internal sealed class StderrProgress(TextWriter error, TimeProvider clock) : IProgress<Activity>
{
    public void Report(Activity value)
    {
        if (value.WaitUntil is { } until)
            error.WriteLine($"guide: {value.Message} (until {until.ToLocalTime(clock):HH:mm:ss})");
    }
}

internal static class ClockExtensions
{
    public static DateTimeOffset ToLocalTime(this DateTimeOffset when, TimeProvider clock) =>
        TimeZoneInfo.ConvertTime(when, clock.LocalTimeZone);
}
