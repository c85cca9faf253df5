namespace Guide.Core.Automation;

/// <summary>
/// An expected failure, as data: which call, what it answered, the likely cause and what to do.
/// Built so that it can never hold a secret: only fixed text and non-secret values go in.
/// </summary>
public sealed record Problem(string Call, int? Status, string Cause, string Fix)
{
    public override string ToString() =>
        $"{Call}{(Status is { } s ? $" answered {s}" : " failed")}: {Cause} {Fix}";
}
