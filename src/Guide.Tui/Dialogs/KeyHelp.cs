namespace Guide.Tui.Dialogs;

/// <summary>The keys, in one place: the help screen and the key-help line both come from here.</summary>
internal static class KeyHelp
{
    public const string Line = "Space tick · S skip · Enter type · ^Z undo · R report · F1 help · ^Q quit";

    public const string AsciiLine = "Space tick | S skip | Enter type | ^Z undo | R report | F1 help | ^Q quit";

    /// <summary>
    /// With automations the line needs two more keys and must still fit 80 columns (78 inside the
    /// frame): two spaces part the keys, and undo moves to the help screen. Plain ASCII as it is.
    /// </summary>
    public const string AutomatedLine = "Space tick  S skip  Enter type  A auto  G go all  R report  F1 help  ^Q quit";

    public static string LineFor(bool ascii, bool automated) => automated ? AutomatedLine : ascii ? AsciiLine : Line;

    public static readonly (string Keys, string What)[] All =
    [
        ("Up, Down, PgUp", "move through the checklist"),
        ("Space", "tick the item as done by hand, or untick it"),
        ("Enter, Tab", "type the item's values; Enter again for the next"),
        ("Esc", "leave a field or close a dialog; never ends the run"),
        ("S", "skip the item, saying why (the report shows it)"),
        ("A", "run the item's automation, where there is one"),
        ("G", "go: run every automation with open items, in order"),
        ("Ctrl+Z", "undo the last tick, skip or value"),
        ("R", "preview the handoff report, and save it"),
        ("F1, ?", "this help"),
        ("Ctrl+Q", "quit; all is saved, the next start resumes"),
    ];
}
