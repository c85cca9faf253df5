namespace Guide.Core.Runs;

/// <summary>The answer to a command on a run: done, or refused with a reason to show.</summary>
public sealed record CommandResult(bool Succeeded, string? Message)
{
    public static CommandResult Ok { get; } = new(true, null);

    public static CommandResult Refused(string message) => new(false, message);
}
