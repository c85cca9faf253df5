using System.Runtime.CompilerServices;

namespace Guide.Core.Tests.Support;

/// <summary>
/// Golden files: expected output kept beside the tests. Run with GUIDE_UPDATE_GOLDEN=1 to
/// rewrite them, then read the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Match(string actual, string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "..", "Golden", name);
        if (Environment.GetEnvironmentVariable("GUIDE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        File.Exists(path).ShouldBeTrue($"golden file {name} is missing; run with GUIDE_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        actual.ShouldBe(expected, $"output differs from golden file {name}");
    }
}
