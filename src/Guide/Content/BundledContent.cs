using System.Reflection;

namespace Guide.Content;

/// <summary>The guide and templates shipped inside the tool, so it runs from any directory.</summary>
internal static class BundledContent
{
    public const string GuideName = "liongard-halopsa.md";
    public const string GenericTemplate = "generic.report.scriban";

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("content/" + name)
            ?? throw new InvalidOperationException($"bundled content '{name}' is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static bool Exists(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceInfo("content/" + name) is not null;
}
