namespace Guide.Tests.Support;

internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content(string name) => Path.Combine(Root, "content", name);

    /// <summary>The built guide beside the tests (the test project references the host).</summary>
    public static string GuideDll => Path.Combine(AppContext.BaseDirectory, "guide.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Guide.sln not found above " + AppContext.BaseDirectory);
    }
}
