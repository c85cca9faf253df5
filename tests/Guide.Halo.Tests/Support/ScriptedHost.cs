using Guide.Core.Automation;
using Guide.Core.Proof;

namespace Guide.Halo.Tests.Support;

/// <summary>An automation host that answers from a script and remembers what it was asked.</summary>
internal sealed class ScriptedHost(ClientCredentials? admin) : IAutomationHost
{
    public List<string> Questions { get; } = [];

    public List<IReadOnlyDictionary<string, string>> Kept { get; } = [];

    public List<Activity> Activities { get; } = [];

    public Func<string, bool> Confirm { get; set; } = _ => true;

    public Func<string, IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>?> Pick { get; set; } = (_, _, pre) => pre.Count > 0 ? pre : null;

    /// <summary>True when a test set <see cref="Pick"/> itself, so helpers leave it alone.</summary>
    public bool PickScripted { get; init; }

    public Func<string, string?> Ask { get; set; } = _ => null;

    public Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(Confirm(question));
    }

    public Task<IReadOnlyList<string>?> PickAsync(string title, IReadOnlyList<string> options, IReadOnlyList<string> preselected, bool multiple, CancellationToken cancellationToken)
    {
        Questions.Add(title);
        return Task.FromResult(Pick(title, options, preselected));
    }

    public Task<string?> AskAsync(string question, bool secret, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(Ask(question));
    }

    public Task<ClientCredentials?> AdminCredentialsAsync(CancellationToken cancellationToken) => Task.FromResult(admin);

    public void Keep(IReadOnlyDictionary<string, string> values) => Kept.Add(values);

    public void Progress(Activity activity)
    {
        lock (Activities)
            Activities.Add(activity);
    }
}
