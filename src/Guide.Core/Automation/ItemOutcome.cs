namespace Guide.Core.Automation;

/// <summary>What became of one item: done through the API, or left to be done by hand, and why.</summary>
public sealed record ItemOutcome(bool Done, string Detail)
{
    public static ItemOutcome Completed(string detail) => new(true, detail);

    public static ItemOutcome ByHand(string why) => new(false, why);
}
