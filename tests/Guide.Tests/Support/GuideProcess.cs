using System.Diagnostics;

namespace Guide.Tests.Support;

/// <summary>The built guide run as a process with redirected streams, as a script would.</summary>
internal sealed record GuideProcess(int Exit, string Out, string Error, TimeSpan Took)
{
    /// <summary>The command that starts the built guide in a shell.</summary>
    public static string Command => $"dotnet {Repo.GuideDll}";

    public static GuideProcess Run(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunWithInput(environment, input: null, args);

    /// <param name="input">Written to the process's standard input, then closed.</param>
    public static GuideProcess RunWithInput(IReadOnlyDictionary<string, string?> environment, string? input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Repo.GuideDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
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
