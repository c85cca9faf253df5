using System.Runtime.CompilerServices;

namespace Guide.Tui.Tests.Support;

internal static class HeadlessDriver
{
    /// <summary>Terminal.Gui reads this before any driver starts: no real terminal I/O in tests.</summary>
    [ModuleInitializer]
    internal static void DisableRealDriverIO() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
