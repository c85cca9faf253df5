using System.CommandLine;
using Guide.Cli;
using Guide.Core.Runs;
using Guide.Tests.Support;

namespace Guide.Tests.Security;

/// <summary>
/// The Client Secret appears only in the state file and the report (and on standard output only
/// when asked for with --out -): not in any other output, message or file a run leaves behind.
/// </summary>
public sealed class SecretExposureTests
{
    [Fact]
    public void The_secret_is_only_in_the_state_file_and_the_report()
    {
        using var dir = new TempDir();
        var state = dir.File("run.json");
        var report = dir.File("handoff.md");
        var captured = new List<(string What, string Text)>();
        void Capture(string what, GuideProcess run)
        {
            captured.Add((what + " (stdout)", run.Out));
            captured.Add((what + " (stderr)", run.Error));
        }

        var apply = GuideProcess.Run(new Dictionary<string, string?>(), "apply", "--sandbox", "--yes", "--teams", "Alerts", "--state", state, "--out", report);
        apply.Exit.ShouldBe(0, apply.Out + apply.Error);
        Capture("apply", apply);
        var saved = RunStateJson.Deserialize(File.ReadAllText(state));
        var secret = saved.Values["client_secret"];
        secret.Length.ShouldBeGreaterThan(16);

        Capture("print", GuideProcess.Run(new Dictionary<string, string?>(), "print", "--state", state));
        Capture("report redacted", GuideProcess.Run(new Dictionary<string, string?>(), "report", "--state", state, "--out", "-", "--redact-secrets"));
        Capture("report to a file", GuideProcess.Run(new Dictionary<string, string?>(), "report", "--state", state, "--out", dir.File("second.md")));
        Capture("lint", GuideProcess.Run(new Dictionary<string, string?>(), "lint", Repo.Content("liongard-halopsa.md")));
        Capture("apply again", GuideProcess.Run(new Dictionary<string, string?>(), "apply", "--sandbox", "--yes", "--state", state, "--out", dir.File("third.md")));
        Capture("verify, wrong id", GuideProcess.Run(new Dictionary<string, string?>
        {
            ["HALO_RESOURCE_SERVER"] = "http://127.0.0.1:9/api",
            ["HALO_AUTHORISATION_SERVER"] = "http://127.0.0.1:9/auth",
            ["HALO_CLIENT_ID"] = saved.Values["client_id"],
            ["HALO_CLIENT_SECRET"] = secret,
            ["XDG_STATE_HOME"] = dir.File("no-state"),
        }, "verify"));
        Capture("verify from the saved run", GuideProcess.Run(new Dictionary<string, string?>
        {
            ["HALO_RESOURCE_SERVER"] = null, ["HALO_AUTHORISATION_SERVER"] = null, ["HALO_TENANT"] = null,
            ["HALO_CLIENT_ID"] = null, ["HALO_CLIENT_SECRET"] = null,
        }, "verify", "--state", state));
        Capture("bad usage", GuideProcess.Run(new Dictionary<string, string?>(), "report", "--state", state, "--out", dir.File("nowhere/x.md")));

        foreach (var (what, text) in captured)
            text.ShouldNotContain(secret, customMessage: what);

        var allowed = new[] { state, report, dir.File("second.md"), dir.File("third.md") };
        var files = dir.AllFiles().ToList();
        files.ShouldContain(dir.File("run.sandbox.json"));
        foreach (var file in files.Where(f => !allowed.Contains(f)))
            File.ReadAllText(file).ShouldNotContain(secret, customMessage: file);
        foreach (var file in allowed.Where(File.Exists))
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
        File.ReadAllText(report).ShouldContain(secret);
    }

    [Fact]
    public void No_command_line_option_takes_a_secret()
    {
        var root = GuideCli.Build(CliContext.System);
        var options = All(root).SelectMany(c => c.Options.Select(o => (Command: c.Name, Option: o))).ToList();
        options.Count.ShouldBeGreaterThan(20);
        foreach (var (command, option) in options.Where(o => o.Option.Name.Contains("secret", StringComparison.OrdinalIgnoreCase)
                                                        || o.Option.Name.Contains("password", StringComparison.OrdinalIgnoreCase)))
        {
            option.ValueType.ShouldBe(typeof(bool), $"{command} {option.Name} would take a secret as an argument");
        }
        options.ShouldContain(o => o.Option.Name == "--client-secret-stdin");
    }

    private static IEnumerable<Command> All(Command command) => command.Subcommands.SelectMany(All).Prepend(command);
}
