namespace Guide.Core.Automation;

public enum AutomationStatus
{
    /// <summary>Done and read back; the item is complete.</summary>
    Done,

    /// <summary>Did what it could, but the item must be finished by hand (a guess proved wrong).</summary>
    FellBack,

    Failed,

    /// <summary>The person said no, or cancelled; nothing was changed after that point.</summary>
    Cancelled,
}
