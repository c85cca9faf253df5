using System.Collections.Immutable;

namespace Guide.Core.Values;

/// <summary>
/// The verdict on one recorded value. <see cref="Normalised"/> is what Guide uses and reports;
/// errors block recording, warnings are shown but do not.
/// </summary>
public sealed record ValueCheck(
    string Key,
    string? Normalised,
    bool IsMissing,
    ImmutableArray<string> Errors,
    ImmutableArray<string> Warnings)
{
    public bool IsEmpty => Normalised is null && Errors.IsEmpty;

    /// <summary>Recorded, and good enough to use: present when required, and free of errors.</summary>
    public bool IsUsable => Errors.IsEmpty && !IsMissing;

    public string? FirstProblem => Errors.FirstOrDefault() ?? (IsMissing ? "required" : null) ?? Warnings.FirstOrDefault();
}
