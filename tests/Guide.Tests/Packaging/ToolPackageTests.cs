using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using Guide.Tests.Support;

namespace Guide.Tests.Packaging;

/// <summary>
/// `guide` as a .NET tool: packed from the build, installed from a local folder into a tool path,
/// and run from a directory that has nothing of the checkout.
/// </summary>
public sealed class ToolPackageTests
{
    private const string PackageId = "Guide.Liongard.HaloPSA";

    [Fact]
    public void Packs_installs_from_a_local_folder_and_runs_from_anywhere()
    {
        using var dir = new TempDir();
        var feed = Directory.CreateDirectory(dir.File("feed")).FullName;
        var tools = dir.File("tools");
        var elsewhere = Directory.CreateDirectory(dir.File("elsewhere")).FullName;

        // Pack what the tests were built from, in their configuration: no second build (a Release
        // build takes longer than this whole test) and no restore, so nothing from the network.
        // The publish folder and the nuspec go to the temp folder, not into the checkout.
        Run(Repo.Root, [], "dotnet", "pack", Path.Combine(Repo.Root, "src", "Guide", "Guide.csproj"),
            "--no-build", "-c", Configuration, "-o", feed, "-nologo",
            $"-p:PublishDir={dir.File("publish")}/", $"-p:NuspecOutputPath={dir.File("nuspec")}/");
        var package = Directory.GetFiles(feed, PackageId + ".*.nupkg").ShouldHaveSingleItem();
        CheckContents(package);

        // Install from that folder alone (a config with no other source) and a private package
        // cache, so the test needs no network and cannot pick up an older pack of the same version.
        var config = dir.File("nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Run(dir.Path, new() { ["NUGET_PACKAGES"] = dir.File("packages") }, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, PackageId);
        var guide = Path.Combine(tools, "guide");
        File.Exists(guide).ShouldBeTrue("the tool's command is `guide`");

        var built = typeof(Guide.Cli.GuideCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var noState = new Dictionary<string, string> { ["XDG_STATE_HOME"] = dir.File("state") };
        var version = Run(elsewhere, noState, guide, "--version").Trim();
        version.ShouldBe(built);
        version.ShouldStartWith(typeof(Guide.Cli.GuideCli).Assembly.GetName().Version!.ToString(3));

        // The bundled guide comes from inside the tool: no content folder, no saved run.
        var printed = Run(elsewhere, noState, guide, "print");
        printed.ShouldStartWith("# Create a Liongard API Account in HaloPSA");
        printed.ShouldContain("No saved run yet: every item is open.");
        printed.ShouldContain("- [ ] Log in to HaloPSA as an administrator.");
        printed.ShouldContain("- [ ] Hand the values to the Liongard side with the handoff report.");
        printed.ShouldBe(GuideProcess.Run(new Dictionary<string, string?> { ["XDG_STATE_HOME"] = dir.File("state") }, "print").Out);
        Directory.EnumerateFileSystemEntries(elsewhere).ShouldBeEmpty("print writes nothing");

        // The embedded HaloPSA simulator (ASP.NET Core) runs from the installed tool too.
        var applied = Run(elsewhere, noState, guide, "apply", "--sandbox", "--yes", "--teams", "Service Desk",
            "--state", dir.File("run.json"), "--out", dir.File("handoff.md"));
        applied.ShouldContain("30 of 31 items complete");
        File.ReadAllText(dir.File("handoff.md")).ShouldContain("| Tenant | `sandbox` |");
    }

    /// <summary>The build configuration these tests run from (bin/CONFIG/net10.0).</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>A tool package: the published app under tools/, the readme, and nothing that does not run.</summary>
    private static void CheckContents(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.ShouldContain("tools/net10.0/any/guide.dll");
        names.ShouldContain("tools/net10.0/any/DotnetToolSettings.xml");
        names.ShouldContain("README.md");
        names.ShouldNotContain(n => n.StartsWith("content/", StringComparison.Ordinal) || n.EndsWith(".md", StringComparison.Ordinal) && n != "README.md",
            "the guide and its template are embedded in guide.dll");
        names.ShouldNotContain(n => n.StartsWith("tools/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal) && !n.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal),
            "no XML documentation in a tool");
        names.ShouldNotContain(n => n.EndsWith(".resources.dll", StringComparison.Ordinal),
            "no satellite assemblies: the tool runs with invariant globalization");
        names.ShouldNotContain(n => n.Contains("Guide.Tests", StringComparison.Ordinal) || n.Contains("xunit", StringComparison.OrdinalIgnoreCase));

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.ReadToEnd();
        metadata.ShouldContain("<packageType name=\"DotnetTool\" />");
        metadata.ShouldContain("<readme>README.md</readme>");
        metadata.ShouldContain("<description>");
    }

    /// <summary>Runs a command, quietly and without telemetry; fails with its output unless it exits 0 within 60 s.</summary>
    private static string Run(string workingDirectory, Dictionary<string, string> environment, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a standard place.
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && DotnetRoot() is { } root)
            info.Environment["DOTNET_ROOT"] = root;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within 60 s");
        }
        process.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', args)}\n{output.Result}\n{error.Result}");
        return output.Result;
    }

    /// <summary>The folder of the dotnet on PATH, links resolved.</summary>
    private static string? DotnetRoot()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "dotnet");
            if (File.Exists(candidate))
                return Path.GetDirectoryName(new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate);
        }
        return null;
    }
}
