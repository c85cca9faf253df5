using Guide.Core.Automation;

namespace Guide.Halo.Automations;

/// <summary>Passes connection progress to whichever automation host is running now.</summary>
internal sealed class ProgressRelay : IProgress<Activity>
{
    public IAutomationHost? Host { get; set; }

    public void Report(Activity value) => Host?.Progress(value);
}
