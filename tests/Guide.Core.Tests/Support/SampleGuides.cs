namespace Guide.Core.Tests.Support;

/// <summary>Small guides for parser tests, built around a fixed front matter.</summary>
internal static class SampleGuides
{
    public const string FrontMatter = """
        ---
        id: sample
        title: Sample
        version: 2
        values:
          - key: name
            label: Name
            kind: text
            required: true
          - key: address
            label: Address
            kind: url
        ---

        """;

    /// <summary>Front matter (13 lines) followed by <paramref name="body"/>, which starts on line 14.</summary>
    public static string With(string body) => FrontMatter + body;
}
