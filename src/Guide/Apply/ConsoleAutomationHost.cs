using Guide.Cli;
using Guide.Core.Automation;
using Guide.Core.Proof;

namespace Guide.Apply;

/// <summary>
/// The automation host of <c>guide apply</c>: confirmations come from --yes or a y/N prompt
/// (only when standard input is a terminal), teams from --teams or what the run recorded (or, on
/// a throw-away simulator, every team), and progress goes out as plain lines. Without a person to
/// ask, the answer is "no".
/// </summary>
/// <param name="allTeamsByDefault">Whether no --teams picks every team (the sandbox), rather than none.</param>
internal sealed class ConsoleAutomationHost(CliContext context, bool yes, IReadOnlyList<string>? teams, ClientCredentials? admin, bool interactive,
    bool allTeamsByDefault) : IAutomationHost
{
    private string? _lastActivity;

    public List<string> Declined { get; } = [];

    public Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken)
    {
        if (yes)
        {
            context.Out.WriteLine($"  yes (--yes): {question}");
            return Task.FromResult(true);
        }
        if (!interactive)
        {
            Declined.Add(question);
            context.Out.WriteLine($"  not confirmed: {question} (run with --yes to allow changes)");
            return Task.FromResult(false);
        }
        context.Error.Write($"  {question} [y/N] ");
        var answer = context.In.ReadLine()?.Trim();
        return Task.FromResult(answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase)));
    }

    public Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? picked = multiple && teams is { Count: > 0 } ? teams : preselected.Count > 0 ? preselected : null;
        if (picked is null && multiple && allTeamsByDefault && options.Count > 0)
        {
            context.Out.WriteLine($"  {title}: sandbox: all teams, as no --teams was given: {string.Join(", ", options)}");
            return Task.FromResult<IReadOnlyList<string>?>(options);
        }
        if (picked is null)
        {
            context.Out.WriteLine($"  {title}: nothing picked (give --teams A,B; choices: {string.Join(", ", options)})");
            return Task.FromResult<IReadOnlyList<string>?>(null);
        }
        var unknown = picked.Where(p => !options.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"--teams names {string.Join(", ", unknown)}, which HaloPSA does not have; its teams are: {string.Join(", ", options)}");
        var exact = options.Where(o => picked.Contains(o, StringComparer.OrdinalIgnoreCase)).ToList();
        context.Out.WriteLine($"  {title}: {string.Join(", ", exact)}");
        return Task.FromResult<IReadOnlyList<string>?>(exact);
    }

    /// <summary>No masked prompt here: a secret is typed in the TUI, or given through HALO_* settings.</summary>
    public Task<string?> AskAsync(string question, bool secret, CancellationToken cancellationToken)
    {
        context.Out.WriteLine($"  cannot ask here: {question} (use the interactive checklist for this)");
        return Task.FromResult<string?>(null);
    }

    public Task<ClientCredentials?> AdminCredentialsAsync(CancellationToken cancellationToken)
    {
        if (admin is null)
            context.Out.WriteLine($"  no administrator credentials: set {HaloSettings.AdminClientId} and {HaloSettings.AdminClientSecret} (or use --sandbox)");
        return Task.FromResult(admin);
    }

    public void Keep(IReadOnlyDictionary<string, string> values) =>
        context.Out.WriteLine($"  recorded {string.Join(", ", values.Keys)}");

    public void Progress(Activity activity)
    {
        if (activity.WaitUntil is null && activity.Message == _lastActivity)
            return;
        _lastActivity = activity.Message;
        context.Out.WriteLine(activity.WaitUntil is null ? $"  {activity.Message}" : $"  waiting: {activity.Message}");
    }
}
