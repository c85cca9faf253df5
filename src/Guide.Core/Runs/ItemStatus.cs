namespace Guide.Core.Runs;

public enum ItemStatus
{
    Open,
    DoneByHand,
    DoneAutomatically,
    Skipped,
    Failed,
}
