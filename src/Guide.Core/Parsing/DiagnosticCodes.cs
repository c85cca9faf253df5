namespace Guide.Core.Parsing;

/// <summary>Stable codes for guide diagnostics, so that people can search for them.</summary>
internal static class DiagnosticCodes
{
    public const string FrontMatterMissing = "G001";
    public const string FrontMatterInvalid = "G002";
    public const string FrontMatterField = "G003";
    public const string ValueInvalid = "G004";
    public const string ValueDuplicate = "G005";
    public const string ItemWithoutId = "G010";
    public const string ItemIdDuplicate = "G011";
    public const string ItemIdInvalid = "G012";
    public const string ItemEmpty = "G013";
    public const string BindingInvalid = "G014";
    public const string UnknownValueKey = "G015";
    public const string UnknownAutomation = "G016";
    public const string UnknownProofCheck = "G017";
    public const string ItemOutsideStep = "G018";
    public const string LooksLikeStep = "G020";
    public const string NotATask = "G021";
    public const string PreTicked = "G022";
    public const string StepWithoutItems = "G023";
    public const string ValueNeverRecorded = "G024";
    public const string NoSteps = "G025";
    public const string UnsafeCharacter = "G026";
}
