using System.Diagnostics;

namespace Guide.Tests.Support;

/// <summary>The built guide run as a process with redirected streams, as a script would.</summary>
internal sealed record GuideProcess(int Exit, string Out, string Error, TimeSpan Took)
{
    /// <summary>
    /// The guide these tests run: the build beside them (<c>dotnet guide.dll</c>), or a published
    /// executable named by <c>GUIDE_EXECUTABLE</c>, such as the NativeAOT build, so that the same
    /// process, terminal and fault tests prove it too.
    /// </summary>
    private static string? Executable { get; } = Environment.GetEnvironmentVariable("GUIDE_EXECUTABLE") is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : null;

    /// <summary>The command that starts the guide in a shell.</summary>
    public static string Command => Executable is null ? $"dotnet {Repo.GuideDll}" : Executable;

    /// <summary>A start of the guide with these arguments and every stream redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(Executable ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Executable is null)
            info.ArgumentList.Add(Repo.GuideDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return info;
    }

    public static GuideProcess Run(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunWithInput(environment, input: null, args);

    /// <param name="input">Written to the process's standard input, then closed.</param>
    public static GuideProcess RunWithInput(IReadOnlyDictionary<string, string?> environment, string? input, params string[] args)
    {
        var info = StartInfo(args);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        if (input is not null)
            process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"guide {string.Join(' ', args)} did not exit within 60 s");
        }
        return new GuideProcess(process.ExitCode, output.Result, error.Result, watch.Elapsed);
    }
}
