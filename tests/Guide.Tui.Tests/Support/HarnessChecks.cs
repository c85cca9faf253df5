using Guide.Core.Runs;

namespace Guide.Tui.Tests.Support;

internal static class HarnessChecks
{
    public static void Guide_items_all_complete(this TuiHarness harness) =>
        harness.Run.Guide.Items.Where(i => !ItemStatusText.IsComplete(harness.Run.StateOf(i.Id).Status))
            .Select(i => i.Id).ShouldBeEmpty();
}
