namespace Guide.Tui.Tests.Support;

internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ReadContent(string name) => File.ReadAllText(Path.Combine(Root, "content", name));

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
