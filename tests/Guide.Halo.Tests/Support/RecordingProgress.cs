using Guide.Core.Automation;

namespace Guide.Halo.Tests.Support;

/// <summary>Keeps every progress report, synchronously (Progress&lt;T&gt; would post them later).</summary>
internal sealed class RecordingProgress : IProgress<Activity>
{
    private readonly List<Activity> _reports = [];

    public IReadOnlyList<Activity> Reports
    {
        get
        {
            lock (_reports)
                return [.. _reports];
        }
    }

    public void Report(Activity value)
    {
        lock (_reports)
            _reports.Add(value);
    }

    public IEnumerable<string> Messages => Reports.Select(r => r.Message);
}
