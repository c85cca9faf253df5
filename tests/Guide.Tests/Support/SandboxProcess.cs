using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Guide.Tests.Support;

/// <summary>`guide sandbox` as a process: started, its export lines read, stopped with SIGTERM.</summary>
internal sealed partial class SandboxProcess : IDisposable
{
    private readonly Process _process;

    private SandboxProcess(Process process, IReadOnlyDictionary<string, string> exports, string banner)
    {
        _process = process;
        Exports = exports;
        Banner = banner;
    }

    /// <summary>The HALO_* settings it printed, as a shell would have them after eval.</summary>
    public IReadOnlyDictionary<string, string> Exports { get; }

    public string Banner { get; }

    [GeneratedRegex(@"^export (HALO_[A-Z_]+)='([^']*)'$")]
    private static partial Regex ExportLine();

    public static SandboxProcess Start(params string[] args)
    {
        var info = GuideProcess.StartInfo(["sandbox", .. args]);
        var process = Process.Start(info)!;
        var exports = new Dictionary<string, string>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("guide sandbox ended early: " + process.StandardError.ReadToEnd());
            if (ExportLine().Match(line) is { Success: true } match)
                exports[match.Groups[1].Value] = match.Groups[2].Value;
            else if (line.StartsWith("# HaloPSA sandbox on", StringComparison.Ordinal))
                return new SandboxProcess(process, exports, line);
        }
        process.Kill();
        throw new TimeoutException("guide sandbox printed no banner in 30 s");
    }

    /// <summary>Stops it as Ctrl+C or a service manager would; returns its exit code.</summary>
    public int Stop()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            kill.WaitForExit();
        if (!_process.WaitForExit(15_000))
        {
            _process.Kill();
            throw new TimeoutException("guide sandbox did not stop on SIGTERM");
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill();
        _process.Dispose();
    }
}
