namespace Guide.Core.Runs;

/// <summary>Where one item stands, who put it there and when.</summary>
/// <param name="Reason">Why it was skipped, when it was.</param>
/// <param name="Detail">What an automation did, or why it failed (cause and fix).</param>
public sealed record ItemState(ItemStatus Status, string? By, DateTimeOffset? At, string? Reason, string? Detail)
{
    public static ItemState Open { get; } = new(ItemStatus.Open, null, null, null, null);
}
